package org.portailfamille.platform.outbox;

import org.portailfamille.platform.sms.HttpSmsGateway;
import org.portailfamille.platform.sms.RecordingSmsGateway;
import org.portailfamille.platform.sms.SmsGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The outbox, its worker, the e-mail and SMS senders (ADR 0020). */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    @Bean
    JdbcOutbox outbox(DataSource dataSource, Clock clock) {
        return new JdbcOutbox(JdbcClient.create(dataSource), clock);
    }

    @Bean
    MailNotificationSender mailNotificationSender(ObjectProvider<JavaMailSender> mailSender,
                                                  @Value("${portal.mail.from}") String from) {
        return new MailNotificationSender(mailSender, from);
    }

    @Bean
    SmsNotificationSender smsNotificationSender(SmsGateway gateway) {
        return new SmsNotificationSender(gateway);
    }

    @Bean
    @ConditionalOnProperty(name = "portal.sms.gateway", havingValue = "recording", matchIfMissing = true)
    RecordingSmsGateway recordingSmsGateway(Clock clock) {
        return new RecordingSmsGateway(clock);
    }

    @Bean
    @ConditionalOnProperty(name = "portal.sms.gateway", havingValue = "http")
    HttpSmsGateway httpSmsGateway(@Value("${portal.sms.http.base-url:}") String baseUrl,
                                  @Value("${portal.sms.http.api-key:}") String apiKey,
                                  @Value("${portal.sms.sender:PortailFam}") String sender,
                                  @Value("${portal.sms.http.timeout:PT10S}") Duration timeout) {
        return new HttpSmsGateway(baseUrl, apiKey, sender, timeout);
    }

    @Bean
    OutboxMetrics outboxMetrics(DataSource dataSource) {
        return new OutboxMetrics(dataSource);
    }

    @Bean
    OutboxWorker outboxWorker(JdbcOutbox outbox, PlatformTransactionManager transactionManager,
                              List<NotificationSender> senders,
                              @Value("${portal.outbox.poll-interval:PT2S}") Duration pollInterval,
                              @Value("${portal.outbox.batch-size:50}") int batchSize,
                              @Value("${portal.outbox.max-batches-per-poll:10}") int maxBatchesPerPoll,
                              @Value("${portal.outbox.max-attempts:8}") int maxAttempts,
                              @Value("${portal.outbox.initial-backoff:PT30S}") Duration initialBackoff,
                              @Value("${portal.outbox.max-backoff:PT1H}") Duration maxBackoff,
                              @Value("${portal.outbox.lease:PT2M}") Duration lease,
                              @Value("${portal.outbox.worker-enabled:true}") boolean enabled) {
        return new OutboxWorker(outbox, new TransactionTemplate(transactionManager), senders,
                new OutboxWorker.Settings(pollInterval, batchSize, maxBatchesPerPoll, maxAttempts, initialBackoff,
                        maxBackoff, lease), enabled);
    }
}

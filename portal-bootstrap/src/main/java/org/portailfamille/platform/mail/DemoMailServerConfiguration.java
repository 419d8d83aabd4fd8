package org.portailfamille.platform.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.portailfamille.platform.demo.ConditionalOnDemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * In demo mode (ADR 0033), outgoing mail goes through a real SMTP exchange to an in-process GreenMail server,
 * which keeps it for the page {@code /demo/courriels}. Never active outside demo mode: there,
 * {@code spring.mail.*} points to the municipality's SMTP server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDemoMode
public class DemoMailServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoMailServerConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail demoMailServer() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        log.info("Demo SMTP server listening on 127.0.0.1:{}; captured mail at /demo/courriels", port);
        return server;
    }

    @Bean
    JavaMailSender demoMailSender(GreenMail demoMailServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(demoMailServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}

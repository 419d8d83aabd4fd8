package org.portailfamille.platform.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The demo and test gateway: behaves like a real one without sending anything. It accepts a well-formed number
 * (French or international), refuses others as a real gateway would (permanent error), records every message with
 * its status (accepted, then delivered at once, or failed for numbers of the reserved range "+33 6 39 98 …" as a
 * phone that never answers), and ignores a second send with the same reference (returns the first receipt).
 */
public class RecordingSmsGateway implements SmsGateway {

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{9,15}");
    /** Numbers starting so are "unreachable phones": accepted, then failed. */
    public static final String UNREACHABLE_PREFIX = "+3363998";

    /** A recorded SMS. */
    public record RecordedSms(String providerId, String phoneNumber, String text, String reference, SmsStatus status,
                              Instant at) {
    }

    private final Clock clock;
    private final List<RecordedSms> sent = new ArrayList<>();
    private final Map<String, RecordedSms> byReference = new ConcurrentHashMap<>();

    public RecordingSmsGateway(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized SmsReceipt send(String phoneNumber, String text, String reference) throws SmsGatewayException {
        RecordedSms earlier = byReference.get(reference);
        if (earlier != null) {
            return new SmsReceipt(earlier.providerId(), earlier.status(), "duplicate reference");
        }
        String number = normalise(phoneNumber);
        if (!NUMBER.matcher(number).matches()) {
            throw new SmsGatewayException("Invalid phone number: " + phoneNumber, true);
        }
        SmsStatus status = number.startsWith(UNREACHABLE_PREFIX) ? SmsStatus.FAILED : SmsStatus.DELIVERED;
        RecordedSms sms = new RecordedSms("rec-" + (sent.size() + 1), number, text, reference, status,
                clock.instant());
        sent.add(sms);
        byReference.put(reference, sms);
        return new SmsReceipt(sms.providerId(), SmsStatus.ACCEPTED, "");
    }

    @Override
    public synchronized Optional<SmsStatus> status(String providerId) {
        return sent.stream().filter(sms -> sms.providerId().equals(providerId)).map(RecordedSms::status).findFirst();
    }

    /** Every SMS recorded, oldest first. */
    public synchronized List<RecordedSms> sent() {
        return List.copyOf(sent);
    }

    /** "06 12 34 56 78" → "+33612345678"; an international number stays as typed, without spaces. */
    static String normalise(String phoneNumber) {
        String digits = phoneNumber.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (digits.length() == 10 && digits.startsWith("0")) {
            return "+33" + digits.substring(1);
        }
        return digits;
    }
}

package org.portailfamille.messaging.adapter.in.web;

import org.portailfamille.messaging.application.port.in.AttachmentDownload;
import org.portailfamille.messaging.application.port.in.AttachmentUpload;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What the messaging pages share: uploads, the problems shown on a form, downloads, ids in paths. */
final class MessageForms {

    /** The limit of one attachment (the use cases refuse more, by content length). */
    static final long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;
    /** A form keeps at most this many characters of what was typed (the use cases refuse longer texts). */
    static final int MAX_KEPT = 12_000;
    static final String MUNICIPALITY = "mairie";

    private MessageForms() {
    }

    /** The chosen files (an empty file input sends an empty part without name: ignored). */
    static List<AttachmentUpload> uploads(List<MultipartFile> files) {
        List<AttachmentUpload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
            if (name.isEmpty() && file.isEmpty()) {
                continue;
            }
            String shown = name.isEmpty() ? "fichier" : shortName(name);
            uploads.add(new AttachmentUpload(shown, contentOf(file)));
        }
        return uploads;
    }

    private static String shortName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    /** Over the limit, not read: an array one byte too long says "too large" to the use case. */
    private static byte[] contentOf(MultipartFile file) {
        if (file.getSize() > MAX_ATTACHMENT_BYTES) {
            return new byte[(int) MAX_ATTACHMENT_BYTES + 1];
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field a problem belongs to, as named in the forms. */
    static String fieldOf(String code) {
        return switch (code) {
            case "SUBJECT_MISSING", "SUBJECT_TOO_LONG", "SUBJECT_CONTROL" -> "objet";
            case "BODY_MISSING", "BODY_TOO_LONG", "BODY_CONTROL" -> "texte";
            case "TOO_MANY_ATTACHMENTS", "ATTACHMENT_EMPTY", "ATTACHMENT_TOO_LARGE", "ATTACHMENT_FORMAT" -> "pieces";
            case "UNKNOWN_FACILITY", "UNKNOWN_AUDIENCE", "NO_FAMILY_REACHED" -> "destinataire";
            case "UNKNOWN_ADULT", "NO_EMAIL_ADDRESS", "NO_MOBILE_PHONE" -> "choix";
            case "ADDRESS_TOO_LONG" -> "adresse";
            case "PHONE_INVALID" -> "telephone";
            case "EMAIL_INVALID" -> "courriel";
            default -> "texte";
        };
    }

    /** Field → French messages (several for attachments), in the order of the problems. */
    static Map<String, List<String>> errors(List<MessageProblem> problems, MessageSource messages) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (MessageProblem problem : problems) {
            String text = messages.getMessage("messaging.problem." + problem.code(),
                    new Object[]{problem.fileName() == null ? "" : problem.fileName()}, Locale.FRENCH);
            errors.computeIfAbsent(fieldOf(problem.code()), field -> new ArrayList<>()).add(text);
        }
        return errors;
    }

    static Map<String, List<String>> error(String field, String key, MessageSource messages) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.put(field, List.of(messages.getMessage(key, null, Locale.FRENCH)));
        return errors;
    }

    static String kept(String typed) {
        return typed.length() > MAX_KEPT ? typed.substring(0, MAX_KEPT) : typed;
    }

    static ResponseEntity<byte[]> download(AttachmentDownload download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(download.content());
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            throw notFound();
        }
    }

    /** "mairie" → null (the municipality's own desk), else a facility id. */
    static UUID desk(String value) {
        return MUNICIPALITY.equals(value) ? null : uuid(value);
    }

    static String deskSlug(UUID facilityId) {
        return facilityId == null ? MUNICIPALITY : facilityId.toString();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

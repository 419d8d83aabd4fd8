package org.portailfamille.messaging.adapter.in.web;

import org.springframework.stereotype.Component;

import java.util.List;

/** For the messaging templates: {@code ${@messageText.parts(message.body())}} (see {@link TextParts}). */
@Component("messageText")
public class MessageText {

    public List<TextParts.Part> parts(String text) {
        return TextParts.of(text);
    }

    /** Only a path of the portal itself is linked from a notice (never an outside address). */
    public boolean portalPath(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    }
}

package org.portailfamille.messaging.adapter.out.files;

import org.portailfamille.messaging.application.port.out.AttachmentFiles;
import org.portailfamille.platform.files.DirectoryFileStore;

import java.nio.file.Path;

/** Message attachments in a directory outside the web folder, one file per attachment named by its id. */
public class FileSystemAttachmentFiles extends DirectoryFileStore implements AttachmentFiles {

    public FileSystemAttachmentFiles(Path directory) {
        super(directory);
    }
}

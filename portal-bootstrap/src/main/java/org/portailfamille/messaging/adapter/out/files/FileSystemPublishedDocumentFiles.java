package org.portailfamille.messaging.adapter.out.files;

import org.portailfamille.messaging.application.port.out.PublishedDocumentFiles;
import org.portailfamille.platform.files.DirectoryFileStore;

import java.nio.file.Path;

/** Published documents in a directory outside the web folder, one file per document named by its id. */
public class FileSystemPublishedDocumentFiles extends DirectoryFileStore implements PublishedDocumentFiles {

    public FileSystemPublishedDocumentFiles(Path directory) {
        super(directory);
    }
}

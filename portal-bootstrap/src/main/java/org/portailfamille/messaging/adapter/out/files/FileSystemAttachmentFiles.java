package org.portailfamille.messaging.adapter.out.files;

import org.portailfamille.messaging.application.port.out.AttachmentFiles;
import org.portailfamille.platform.files.DirectoryFileStore;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/** Message attachments in a directory outside the web folder, one file per attachment named by its id. */
public class FileSystemAttachmentFiles implements AttachmentFiles {

    private final DirectoryFileStore store;

    public FileSystemAttachmentFiles(Path directory) {
        this.store = new DirectoryFileStore(directory);
    }

    @Override
    public void write(UUID id, byte[] content) {
        store.write(id, content);
    }

    @Override
    public Optional<byte[]> read(UUID id) {
        return store.read(id);
    }

    @Override
    public void delete(UUID id) {
        store.delete(id);
    }
}

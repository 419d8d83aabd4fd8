package org.portailfamille.planning.adapter.out.files;

import org.portailfamille.planning.application.port.out.CertificateFiles;
import org.portailfamille.platform.files.DirectoryFileStore;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Certificates in a directory of the server's file system, outside the web folder (never served as static
 * content): one file per certificate, named by its id only ({@link DirectoryFileStore}).
 */
public class FileSystemCertificateFiles implements CertificateFiles {

    private final DirectoryFileStore store;

    public FileSystemCertificateFiles(Path directory) {
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

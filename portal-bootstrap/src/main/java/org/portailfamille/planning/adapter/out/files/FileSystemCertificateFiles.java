package org.portailfamille.planning.adapter.out.files;

import org.portailfamille.planning.application.port.out.CertificateFiles;
import org.portailfamille.platform.files.DirectoryFileStore;

import java.nio.file.Path;

/**
 * Certificates in a directory of the server's file system, outside the web folder (never served as static
 * content): one file per certificate, named by its id only ({@link DirectoryFileStore}).
 */
public class FileSystemCertificateFiles extends DirectoryFileStore implements CertificateFiles {

    public FileSystemCertificateFiles(Path directory) {
        super(directory);
    }
}

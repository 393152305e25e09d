package org.parkchain.platform.web;

import jakarta.servlet.http.Part;

/** What an upload form says before it reads a file: that none was chosen, or that the chosen one is empty. */
public final class Uploads {
    private Uploads() {
    }

    /** @return true (after showing why) when there is nothing to read */
    public static boolean refuseMissingOrEmpty(Part file, FacesMessages messages) {
        String name = file == null ? null : file.getSubmittedFileName();
        if (file == null || name == null || name.isBlank()) {
            messages.error("error.csv.noFile");
            return true;
        }
        if (file.getSize() == 0) {
            messages.error("error.csv.emptyFile", name);
            return true;
        }
        return false;
    }
}

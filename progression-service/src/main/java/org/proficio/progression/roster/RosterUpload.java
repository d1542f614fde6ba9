package org.proficio.progression.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * The files of one OneRoster import, from a zip (files may sit in a folder) or from the parts of a multipart form,
 * each read as a {@link RosterTable}. The upload as a whole must be OneRoster: at least one file the import reads,
 * none of them twice, a manifest (when there is one) of version 1.0, 1.1 or 1.2.
 */
final class RosterUpload {

    /** Uncompressed bytes a zip may hold: rosters of the largest districts fit, zip bombs do not. */
    static final long MAX_UNZIPPED = 256L * 1024 * 1024;

    private static final Set<String> VERSIONS = Set.of("1.0", "1.1", "1.2");

    final Map<RosterFileType, RosterTable> tables;
    final String version;
    final List<String> ignoredFiles;

    private RosterUpload(Map<RosterFileType, RosterTable> tables, String version, List<String> ignoredFiles) {
        this.tables = tables;
        this.version = version;
        this.ignoredFiles = ignoredFiles;
    }

    /** A file as uploaded: its name (with any folder) and its bytes. */
    record NamedFile(String name, byte[] bytes) {}

    Optional<RosterTable> table(RosterFileType type) {
        return Optional.ofNullable(tables.get(type));
    }

    static RosterUpload of(List<NamedFile> files, List<RowIssue> issues) {
        Map<RosterFileType, RosterTable> tables = new EnumMap<>(RosterFileType.class);
        List<String> ignored = new ArrayList<>();
        String version = null;
        for (NamedFile file : files) {
            String base = RosterFileType.baseName(file.name());
            Optional<RosterFileType> type = RosterFileType.of(file.name());
            if (type.isPresent()) {
                if (tables.containsKey(type.get())) {
                    throw notOneRoster(
                            "The upload holds " + type.get().fileName + " twice (" + tables.get(type.get()).name + ", "
                                    + file.name() + ").",
                            file.name());
                }
                tables.put(type.get(), RosterTable.read(type.get(), file.name(), text(file), issues));
            } else {
                if (base.equals("manifest.csv")) {
                    version = manifestVersion(file, issues);
                }
                ignored.add(file.name());
            }
        }
        if (tables.isEmpty()) {
            throw notOneRoster(
                    "None of the files is a OneRoster file this import reads (orgs.csv, users.csv, roles.csv,"
                            + " courses.csv, classes.csv, enrollments.csv); found "
                            + files.stream().map(NamedFile::name).toList() + ".",
                    "files");
        }
        return new RosterUpload(tables, version, ignored);
    }

    /** The files of a zip, folders dropped; refuses what is not a zip, or unzips to more than {@link #MAX_UNZIPPED}. */
    static List<NamedFile> unzip(byte[] zip) {
        List<NamedFile> files = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    total += read;
                    if (total > MAX_UNZIPPED) {
                        throw new ProblemException(
                                413,
                                "oneroster-too-large",
                                "Roster too large",
                                "The zip unpacks to more than " + MAX_UNZIPPED / (1024 * 1024) + " MB.",
                                List.of());
                    }
                    out.write(buffer, 0, read);
                }
                files.add(new NamedFile(entry.getName(), out.toByteArray()));
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw RosterTable.unreadable("The upload", "is not a readable zip: " + e.getMessage() + ".");
        } catch (IOException e) {
            throw RosterTable.unreadable("The upload", "could not be unzipped: " + e.getMessage() + ".");
        }
        if (files.isEmpty()) {
            throw RosterTable.unreadable("The upload", "is not a zip of OneRoster CSV files (no file in it).");
        }
        return files;
    }

    /** The file as UTF-8 text, as OneRoster requires; anything else is refused. */
    private static String text(NamedFile file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.bytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw RosterTable.unreadable(file.name(), "is not UTF-8 text, as OneRoster requires.");
        }
    }

    private static String manifestVersion(NamedFile file, List<RowIssue> issues) {
        String text = text(file);
        for (String line : text.split("\\R")) {
            String[] fields = line.split(",", 2);
            if (fields.length == 2 && fields[0].strip().equalsIgnoreCase("oneroster.version")) {
                String version = fields[1].strip().replace("\"", "");
                if (!VERSIONS.contains(version)) {
                    throw notOneRoster(
                            file.name() + " says oneroster.version " + version
                                    + "; this import reads OneRoster 1.0, 1.1 and 1.2.",
                            file.name());
                }
                return version;
            }
        }
        issues.add(
                new RowIssue(file.name(), 1, null, "oneroster.version", "not given; the files were read as 1.1/1.2"));
        return null;
    }

    static ProblemException notOneRoster(String detail, String field) {
        return new ProblemException(
                422,
                "oneroster-upload",
                "Not a OneRoster upload",
                detail + " Nothing was imported.",
                List.of(new FieldError(field, detail)));
    }
}

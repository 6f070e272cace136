package dev.waiver.benchmarks.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A generated Qualys {@code EXCEPTION_LIST_OUTPUT} answer of N records, written once to the
 * temporary directory and reused by later forks and runs (the name carries the record count and
 * a format version; the file is moved into place only once complete). Each record has the shape
 * Qualys documents (API User Guide v8.16, "Exceptions", sample "List exception number, show all
 * details"; see {@code reference/qualys/README.md}): {@code EXCEPTION_NUMBER}, {@code HOST/IP_ADDRESS},
 * {@code TECHNOLOGY} and {@code POLICY} ({@code ID}, {@code NAME} in CDATA), {@code CONTROL}
 * ({@code CID}, {@code STATEMENT} in CDATA over two lines, {@code CRITICALITY/VALUE,LABEL}),
 * {@code ASSIGNEE}, {@code STATUS}, {@code ACTIVE}, {@code REOPEN_ON_EVIDENCE_CHANGE},
 * {@code EXPIRATION_DATE} ({@code N/A} while pending), {@code MODIFIED_DATE} and one
 * {@code HISTORY_LIST/HISTORY} ({@code USER}, {@code COMMENT}, {@code INSERTION_DATE}): 19 values,
 * about 1 kB. The values are ours.
 */
public final class QualysListFile {

    /** Bump when the record shape changes, so stale files are not reused. */
    private static final int FORMAT = 3;

    private QualysListFile() {
    }

    /**
     * @param records how many {@code EXCEPTION} records
     * @return the file, written now unless an earlier run already did
     */
    public static Path ensure(int records) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"),
                "waiver-bench-exception-list-v" + FORMAT + "-" + records + ".xml");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Path partial = Files.createTempFile(file.getParent(), "waiver-bench-", ".partial");
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 16)) {
                write(w, records);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the document.
     *
     * @param w       where to
     * @param records how many records
     * @throws IOException if writing fails
     */
    public static void write(Writer w, int records) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                + "<!DOCTYPE EXCEPTION_LIST_OUTPUT SYSTEM "
                + "\"https://qualysapi.qualys.com/api/3.0/fo/compliance/exception/exception_list_output.dtd\">\n"
                + "<EXCEPTION_LIST_OUTPUT>\n<RESPONSE>\n<DATETIME>2025-11-03T09:00:00Z</DATETIME>\n<EXCEPTION_LIST>\n");
        for (int i = 0; i < records; i++) {
            boolean pending = i % 3 == 0;
            w.write("<EXCEPTION>\n<EXCEPTION_NUMBER>");
            w.write(Long.toString(100_000L + i));
            w.write("</EXCEPTION_NUMBER>\n<HOST>\n<IP_ADDRESS>10.");
            w.write(Integer.toString((i >> 16) & 255));
            w.write('.');
            w.write(Integer.toString((i >> 8) & 255));
            w.write('.');
            w.write(Integer.toString(i & 255));
            w.write("</IP_ADDRESS>\n</HOST>\n"
                    + "<TECHNOLOGY>\n<ID>390</ID>\n<NAME><![CDATA[Microsoft SQL Server 2022]]></NAME>\n</TECHNOLOGY>\n"
                    + "<POLICY>\n<ID>1366063</ID>\n<NAME><![CDATA[CIS Benchmark for Microsoft SQL Server 2022]]></NAME>\n"
                    + "</POLICY>\n<CONTROL>\n<CID>");
            w.write(Integer.toString(1000 + i % 20_000));
            w.write("</CID>\n<STATEMENT><![CDATA[Status of the 'Minimum password length' setting\n"
                    + "for SQL logins & <complexity>]]></STATEMENT>\n"
                    + "<CRITICALITY>\n<VALUE>5</VALUE>\n<LABEL>URGENT</LABEL>\n</CRITICALITY>\n</CONTROL>\n"
                    + "<ASSIGNEE><![CDATA[Jane Doe]]></ASSIGNEE>\n<STATUS>");
            w.write(pending ? "Pending" : "Approved");
            w.write("</STATUS>\n<ACTIVE>1</ACTIVE>\n<REOPEN_ON_EVIDENCE_CHANGE>1</REOPEN_ON_EVIDENCE_CHANGE>\n"
                    + "<EXPIRATION_DATE>");
            w.write(pending ? "N/A" : "12/31/2026");
            w.write("</EXPIRATION_DATE>\n<MODIFIED_DATE>2025-10-02T12:00:05Z</MODIFIED_DATE>\n"
                    + "<HISTORY_LIST>\n<HISTORY>\n<USER><![CDATA[Jane Doe (acme_jd)]]></USER>\n"
                    + "<COMMENT><![CDATA[Legacy app needs 8 characters, see ticket SEC-42]]></COMMENT>\n"
                    + "<INSERTION_DATE>2025-10-01T08:30:00Z</INSERTION_DATE>\n</HISTORY>\n</HISTORY_LIST>\n"
                    + "</EXCEPTION>\n");
        }
        w.write("</EXCEPTION_LIST>\n</RESPONSE>\n</EXCEPTION_LIST_OUTPUT>\n");
    }
}

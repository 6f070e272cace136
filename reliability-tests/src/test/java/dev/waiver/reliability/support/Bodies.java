package dev.waiver.reliability.support;

/** Good answers of each vendor, small but realistic (shapes from the vendors' references). */
public final class Bodies {

    public static final String STO_EXEMPTION_OBJECT = "{\"id\": \"" + Operations.STO_ID + "\", \"issueId\": \""
            + Operations.STO_ISSUE + "\", \"type\": \"False Positive\", \"reason\": \"Waiting on upstream bug fix\","
            + " \"status\": \"Approved\", \"scope\": \"PROJECT\", \"orgId\": \"default\", \"projectId\": \"payments\","
            + " \"pendingChanges\": {\"durationDays\": 7}, \"requesterId\": \"usr1Ab2Cd3Ef4Gh5Ij6Kl7\","
            + " \"created\": 1651578240, \"lastModified\": 1651664640}";
    public static final String STO_EXEMPTION = STO_EXEMPTION_OBJECT;
    public static final String STO_CREATED = "{\"id\": \"" + Operations.STO_ID + "\"}";
    public static final String STO_BULK = "{\"succeeded\": 1, \"failed\": 0, \"results\": [{\"issueId\": \""
            + Operations.STO_ISSUE + "\", \"id\": \"" + Operations.STO_ID + "\", \"statusCode\": 201}]}";
    public static final String STO_LIST = "{\"results\": [" + STO_EXEMPTION_OBJECT + "], \"pagination\": {\"link\": \"\","
            + " \"page\": 0, \"pageSize\": 100, \"totalItems\": 1, \"totalPages\": 1}}";
    public static final String STO_HISTORY = "{\"events\": [{\"id\": \"hst1Aa2Bb3Cc4Dd5Ee6Ff7\", \"exemptionId\": \""
            + Operations.STO_ID + "\", \"status\": \"Approved\", \"scope\": \"PROJECT\", \"created\": 1781218260}],"
            + " \"pagination\": {\"link\": \"\", \"page\": 0, \"pageSize\": 100, \"totalItems\": 1, \"totalPages\": 1}}";
    public static final String STO_HISTORY_EXPORT = "{\"headers\": [\"Date\", \"Status\", \"Scope\"],"
            + " \"data\": [[\"2026-06-13 22:51:00\", \"Approved\", \"PROJECT\"], [\"2026-06-12 09:10:00\", \"Pending\","
            + " \"PROJECT\"]], \"filename\": \"exemption-history.csv\", \"totalRows\": 2, \"issueId\": \""
            + Operations.STO_ISSUE + "\"}";

    public static final String HAR_EXCEPTION_OBJECT = "{\"exceptionId\": \"" + Operations.HAR_ID + "\", \"registryId\": \""
            + Operations.HAR_REGISTRY + "\", \"registryName\": \"npm-upstream-firewall\", \"packageName\": \"lodash\","
            + " \"packageType\": \"NPM\", \"versionList\": [\"4.17.20\"], \"businessJustification\": \"reliability\","
            + " \"expireAfter\": 30, \"status\": \"PENDING\", \"createdAt\": 1732581234567,"
            + " \"createdBy\": {\"uid\": \"jdoe\", \"display_name\": \"Jane Doe\", \"type\": \"user\"}}";
    public static final String HAR_EXCEPTION = HAR_EXCEPTION_OBJECT;
    public static final String HAR_LIST = "{\"page\": 0, \"size\": 20, \"hasMore\": false, \"items\": ["
            + HAR_EXCEPTION_OBJECT + "], \"meta\": {\"totalCount\": 1, \"pendingCount\": 1}}";
    public static final String HAR_VERSIONS = "{\"page\": 0, \"size\": 20, \"hasMore\": false,"
            + " \"items\": [\"4.17.21\", \"4.17.20\"]}";

    public static final String IACM_APPROVAL_OBJECT = "{\"account\": \"" + Secrets.ACCOUNT + "\", \"org\": \"default\","
            + " \"project\": \"payments\", \"id\": \"" + Operations.IACM_ID + "\", \"pipeline_execution_id\": \"exec1\","
            + " \"pipeline_stage_id\": \"apply_prod\", \"workspace_id\": \"payments_prod\", \"status\": \"pending\","
            + " \"created\": 1718031600123, \"updated\": 1718031600123}";
    public static final String IACM_LIST = "[" + IACM_APPROVAL_OBJECT + "]";
    public static final String IACM_CREATED = "{\"id\": \"" + Operations.IACM_ID + "\"}";
    public static final String IACM_STATUS = "{\"status\": \"approved\", \"actioned_by\": \"Jane Doe\","
            + " \"actioned_by_email\": \"jane.doe@example.com\", \"created\": 1718031600123, \"updated\": 1718035200456}";

    private Bodies() {
    }

    /**
     * @param base the server's base URL (the DTD is declared there: fetching it would show in the journal)
     * @param root the root element
     * @return an XML prolog with a Qualys-style DOCTYPE
     */
    public static String qualysProlog(String base, String root) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<!DOCTYPE " + root + " SYSTEM \"" + base
                + "/api/3.0/" + root.toLowerCase(java.util.Locale.ROOT) + ".dtd\">\n";
    }

    /** @param base the server's base URL @return a request answer giving exception number 59 */
    public static String qualysCreated(String base) {
        return qualysProlog(base, "SIMPLE_RETURN") + "<SIMPLE_RETURN><RESPONSE><DATETIME>2023-11-28T11:21:31Z</DATETIME>"
                + "<TEXT>Exception created successfully</TEXT><ITEM_LIST><ITEM><KEY>EXCEPTION_NUMBER</KEY>"
                + "<VALUE>59</VALUE></ITEM></ITEM_LIST></RESPONSE></SIMPLE_RETURN>\n";
    }

    /** @param base the server's base URL @return a list answer in the documented shape with exception 293 and no next batch */
    public static String qualysList(String base) {
        return qualysProlog(base, "EXCEPTION_LIST_OUTPUT") + "<EXCEPTION_LIST_OUTPUT><RESPONSE>"
                + "<DATETIME>2025-11-03T09:00:02Z</DATETIME><EXCEPTION_LIST><EXCEPTION>"
                + "<EXCEPTION_NUMBER>293</EXCEPTION_NUMBER><HOST><IP_ADDRESS>10.10.10.9</IP_ADDRESS></HOST>"
                + "<TECHNOLOGY><ID>45</ID><NAME><![CDATA[Windows 2019]]></NAME></TECHNOLOGY>"
                + "<POLICY><ID>801459496</ID><NAME><![CDATA[Windows 2019 Server Hardening]]></NAME></POLICY>"
                + "<CONTROL><CID>1113</CID><STATEMENT><![CDATA[Status of the 'Guest' account]]></STATEMENT>"
                + "<CRITICALITY><VALUE>3</VALUE><LABEL>SERIOUS</LABEL></CRITICALITY></CONTROL>"
                + "<ASSIGNEE><![CDATA[Jordan Doe]]></ASSIGNEE><STATUS>Expired</STATUS><ACTIVE>0</ACTIVE>"
                + "<REOPEN_ON_EVIDENCE_CHANGE>0</REOPEN_ON_EVIDENCE_CHANGE><EXPIRATION_DATE>10/31/2025</EXPIRATION_DATE>"
                + "<MODIFIED_DATE>2025-11-01T00:00:03Z</MODIFIED_DATE></EXCEPTION></EXCEPTION_LIST>"
                + "</RESPONSE></EXCEPTION_LIST_OUTPUT>\n";
    }

    /** @param base the server's base URL @return an update answer */
    public static String qualysUpdated(String base) {
        return qualysProlog(base, "BATCH_RETURN") + "<BATCH_RETURN><RESPONSE><DATETIME>2025-11-03T09:12:44Z</DATETIME>"
                + "<BATCH_LIST><BATCH><TEXT>Successfully Updated</TEXT><NUMBER_SET><NUMBER>12</NUMBER></NUMBER_SET>"
                + "</BATCH></BATCH_LIST></RESPONSE></BATCH_RETURN>\n";
    }

    /** @param base the server's base URL @return a delete answer */
    public static String qualysDeleted(String base) {
        return qualysProlog(base, "BATCH_RETURN") + "<BATCH_RETURN><RESPONSE><DATETIME>2025-11-03T09:15:02Z</DATETIME>"
                + "<BATCH_LIST><BATCH><TEXT>Exception(s) deleted successfully</TEXT><NUMBER_SET><NUMBER>40</NUMBER>"
                + "</NUMBER_SET></BATCH></BATCH_LIST></RESPONSE></BATCH_RETURN>\n";
    }

    /**
     * @param base the server's base URL
     * @param code the Qualys error code
     * @param text the error text
     * @return a SIMPLE_RETURN error answer
     */
    public static String qualysError(String base, String code, String text) {
        return qualysProlog(base, "SIMPLE_RETURN") + "<SIMPLE_RETURN><RESPONSE><DATETIME>2025-11-03T10:00:00Z</DATETIME>"
                + "<CODE>" + code + "</CODE><TEXT>" + text + "</TEXT></RESPONSE></SIMPLE_RETURN>\n";
    }
}

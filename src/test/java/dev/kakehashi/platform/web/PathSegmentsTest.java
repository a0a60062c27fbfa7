package dev.kakehashi.platform.web;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class PathSegmentsTest {
    @Test
    public void theSegmentAfterThePrefixIsDecodedUpToTheNextSlash() {
        assertEquals("営業", PathSegments.after("/jira/plugins/servlet/kakehashi/departments/%E5%96%B6%E6%A5%AD/x",
                "/kakehashi/departments/"));
        assertEquals("42", PathSegments.after("/plugins/servlet/kakehashi/events/42", "/kakehashi/events/"));
    }

    @Test
    public void noSegmentIsEmpty() {
        assertEquals("", PathSegments.after("/plugins/servlet/kakehashi/events", "/kakehashi/events/"));
        assertEquals("", PathSegments.after("/plugins/servlet/kakehashi/events/", "/kakehashi/events/"));
        assertEquals("", PathSegments.after(null, "/kakehashi/events/"));
    }

    @Test
    public void brokenPercentEncodingIsKeptAsWrittenSoThatItNamesNothing() {
        assertEquals("%E5%9", PathSegments.after("/plugins/servlet/kakehashi/communities/%E5%9", "/kakehashi/communities/"));
    }
}

package dev.kakehashi.community.web;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class CommunityPageServletTest {
    @Test
    public void theCommunityKeyIsWhatFollowsCommunitiesInTheAddress() {
        assertEquals("eikaiwa", CommunityPageServlet.key("/jira/plugins/servlet/kakehashi/communities/eikaiwa"));
        assertEquals("reading-circle",
                CommunityPageServlet.key("/confluence/plugins/servlet/kakehashi/communities/reading-circle/x"));
        assertEquals("英会話", CommunityPageServlet.key("/plugins/servlet/kakehashi/communities/%E8%8B%B1%E4%BC%9A%E8%A9%B1"));
        assertEquals("", CommunityPageServlet.key("/jira/plugins/servlet/kakehashi/communities"));
        assertEquals("", CommunityPageServlet.key("/jira/plugins/servlet/kakehashi/communities/"));
        assertEquals("", CommunityPageServlet.key(null));
    }
}

package dev.kakehashi.profiles.web;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ProfilePageServletTest {
    @Test
    public void theDepartmentKeyIsWhatFollowsDepartmentsInTheAddress() {
        assertEquals("development", ProfilePageServlet.key("/jira/plugins/servlet/kakehashi/departments/development"));
        assertEquals("sales", ProfilePageServlet.key("/plugins/servlet/kakehashi/departments/sales/extra"));
        assertEquals("営業", ProfilePageServlet.key("/plugins/servlet/kakehashi/departments/%E5%96%B6%E6%A5%AD"));
        assertEquals("", ProfilePageServlet.key("/jira/plugins/servlet/kakehashi/departments"));
        assertEquals("", ProfilePageServlet.key("/jira/plugins/servlet/kakehashi/departments/"));
        assertEquals("", ProfilePageServlet.key(null));
    }
}

package vn.doanthe.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.junit.jupiter.api.Test;
import vn.doanthe.platform.access.Role;

class DirectoryTest {

    @Test
    void groupsMapToRolesWhateverTheSpacingAndCaseOfTheirNames() throws InvalidNameException {
        Map<LdapName, Role> roles = Directory.groupRoles(
                " CN=DT Staff,OU=Groups,DC=tinh,DC=vn = staff ; cn=dt-audit,ou=groups,dc=tinh,dc=vn=AUDITOR;");
        assertEquals(Role.STAFF, roles.get(new LdapName("cn=dt staff,ou=groups,dc=tinh,dc=vn")));
        assertEquals(Role.AUDITOR, roles.get(new LdapName("CN=dt-audit, OU=groups, DC=tinh, DC=vn")));
        assertEquals(2, roles.size());
    }

    @Test
    void aMappingThatNamesNoRoleStopsTheStartWithTheFaultyPart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Directory.groupRoles("cn=dt,dc=vn=BOSS"));
        assertEquals("DOANTHE_LDAP_GROUP_ROLES: cannot read 'cn=dt,dc=vn=BOSS'", e.getMessage());
    }
}

package vn.doanthe.app.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

class SetupDefaultsTest {

    @Test
    void noDemoProvinceUnlessAskedFor() throws NoSuchFieldException {
        // The Quick start asks for it (DOANTHE_DEMO=true); a deployed installation starts clean.
        ConfigProperty demo = Setup.class.getDeclaredField("demo").getAnnotation(ConfigProperty.class);
        assertEquals("doanthe.demo", demo.name());
        assertEquals("false", demo.defaultValue());
    }
}

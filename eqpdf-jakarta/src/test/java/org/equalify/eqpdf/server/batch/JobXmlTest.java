package org.equalify.eqpdf.server.batch;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.pipeline.Stage;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The convert job XML has one step per core pipeline stage, in the core's order. */
class JobXmlTest {
    static final List<String> CONVERT_STEPS = List.of("extract", "page-corrections", "structure", "heading-levels", "code",
            "cross-page", "cleanup", "language", "render", "publish");

    @Test
    void convertStepsFollowTheCorePipeline() throws Exception {
        List<String> ids = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/batch-jobs/convert.xml")) {
            NodeList steps = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("step");
            for (int i = 0; i < steps.getLength(); i++) ids.add(((org.w3c.dom.Element) steps.item(i)).getAttribute("id"));
        }
        assertEquals(CONVERT_STEPS, ids);
        List<String> core = new ArrayList<>();
        core.add("extract");
        try (Converter c = Converter.create(ConverterOptions.defaults())) {
            for (Stage s : c.stages()) core.add(s.name());
        }
        core.add("render");
        core.add("publish");
        assertEquals(core, ids, "convert.xml must list the core pipeline stages in order");
    }
}

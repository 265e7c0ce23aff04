package org.ephr.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AdxFormatTest {

    @Test
    void reportWhenWrittenThenOneGroupPerPeriodAndSuppressedValuesLeftOut() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document adx =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(AdxFormat.write(Reports.weeklyCases())));

        Element root = adx.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(AdxFormat.NAMESPACE);
        assertThat(root.getLocalName()).isEqualTo("adx");
        assertThat(root.getAttribute("exported")).isEqualTo("2026-02-16T08:30:00Z");
        NodeList groups = root.getElementsByTagNameNS(AdxFormat.NAMESPACE, "group");
        assertThat(groups.getLength()).isEqualTo(4);
        Element week6 = (Element) groups.item(0);
        assertThat(week6.getAttribute("period")).isEqualTo("2026-02-02/P7D");
        assertThat(week6.getAttribute("orgUnit")).isEqualTo("GR");
        assertThat(week6.getAttribute("dataSet")).isEqualTo("IHR_CASES");
        assertThat(week6.getElementsByTagNameNS(AdxFormat.NAMESPACE, "dataValue")
                        .getLength())
                .isEqualTo(6);
        Element week7 = (Element) groups.item(1);
        NodeList week7Values = week7.getElementsByTagNameNS(AdxFormat.NAMESPACE, "dataValue");
        for (int i = 0; i < week7Values.getLength(); i++) {
            Element value = (Element) week7Values.item(i);
            assertThat(value.getAttribute("dataElement")).isEqualTo("IHR_CASES");
            assertThat(value.getAttribute("CONDITION") + "/" + value.getAttribute("SEX"))
                    .isNotEqualTo("cholera/female");
            assertThat(value.getAttribute("value")).isNotEqualTo("2");
        }
    }
}

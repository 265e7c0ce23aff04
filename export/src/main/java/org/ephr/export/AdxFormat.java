package org.ephr.export;

import java.io.ByteArrayOutputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A report as an IHE ADX message ({@code urn:ihe:qrph:adx:2015}), the XML that DHIS2's ADX import reads
 * ({@code POST /api/dataValueSets} with {@code Content-Type: application/adx+xml}).
 *
 * <ul>
 *   <li>One {@code group} per reporting period and organisation unit. The period is written as ADX wants it, first
 *       day and ISO 8601 duration ({@code 2026-02-09/P7D} for an ISO week, {@code 2026-02-01/P1M} for a month);
 *       the organisation unit is the site if the breakdown has one, else the country, else the report's reporter.
 *   <li>{@code dataSet} and {@code dataElement} are the measure's code in upper case ({@code IHR_CASES}); every
 *       other dimension is a disaggregation attribute named after it ({@code CONDITION="cholera"
 *       AGE_GROUP="15-24" SEX="female"}). A DHIS2 instance maps these codes to its data set, data element and
 *       category option codes (import with {@code idScheme=CODE}).
 *   <li>Only the full breakdown is written: ADX consumers such as DHIS2 compute totals themselves. Margins are in
 *       the CSV and MeasureReport forms.
 *   <li>A suppressed cell is left out: ADX has no "value withheld" marker, and an absent data value is what a
 *       DHIS2 instance treats as "not reported". Zeros are written.
 * </ul>
 */
public final class AdxFormat {

    public static final String MEDIA_TYPE = "application/adx+xml";
    public static final String NAMESPACE = "urn:ihe:qrph:adx:2015";

    private AdxFormat() {}

    public static byte[] write(Report report) {
        List<Dimension> dimensions = report.table().dimensions();
        int orgUnit = dimensions.indexOf(Dimension.SITE);
        if (orgUnit < 0) {
            orgUnit = dimensions.indexOf(Dimension.COUNTRY);
        }
        Map<List<String>, List<ReportCell>> groups = new LinkedHashMap<>();
        for (ReportCell cell : report.table().cells()) {
            if (cell.isInnermost() && !cell.suppressed()) {
                String unit = orgUnit < 0 ? report.reporter() : cell.key().get(orgUnit);
                groups.computeIfAbsent(List.of(cell.key().get(0), unit), k -> new ArrayList<>())
                        .add(cell);
            }
        }
        String code = report.request().measure().id().toUpperCase(Locale.ROOT).replace('-', '_');
        Granularity granularity = report.request().granularity();
        var bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("adx");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute(
                    "exported",
                    report.generated().truncatedTo(ChronoUnit.SECONDS).toString());
            for (Map.Entry<List<String>, List<ReportCell>> group : groups.entrySet()) {
                xml.writeStartElement("group");
                xml.writeAttribute("orgUnit", group.getKey().get(1));
                xml.writeAttribute(
                        "period", granularity.adxPeriod(group.getKey().get(0)));
                xml.writeAttribute("dataSet", code);
                for (ReportCell cell : group.getValue()) {
                    xml.writeEmptyElement("dataValue");
                    xml.writeAttribute("dataElement", code);
                    for (int d = 1; d < dimensions.size(); d++) {
                        if (d != orgUnit) {
                            xml.writeAttribute(
                                    dimensions.get(d).name(), cell.key().get(d));
                        }
                    }
                    xml.writeAttribute("value", cell.count().toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the ADX message", e);
        }
        return bytes.toByteArray();
    }
}

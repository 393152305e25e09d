package org.parkchain.charging.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.parkchain.charging.control.SlotTimes;

/** 96 kW figures of a day as one comma-separated column (slot 00:00 first), as the charging tables store them. */
@Converter
public class SlotFigures implements AttributeConverter<double[], String> {
    @Override
    public String convertToDatabaseColumn(double[] kw) {
        return kw == null ? null : Arrays.stream(kw).mapToObj(SlotTimes::figure).collect(Collectors.joining(","));
    }

    @Override
    public double[] convertToEntityAttribute(String text) {
        return text == null ? null : Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}

package org.parkchain.testsupport.fabric;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * A MicroProfile {@link Config} over a map of strings, for reading settings in tests without a Config
 * implementation. Only String values are supported; asking for another type fails loudly.
 */
public final class MapConfig implements Config {
    private final Map<String, String> values;

    public MapConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    @Override
    public <T> T getValue(String propertyName, Class<T> propertyType) {
        return getOptionalValue(propertyName, propertyType)
                .orElseThrow(() -> new NoSuchElementException(propertyName + " is not set"));
    }

    @Override
    public ConfigValue getConfigValue(String propertyName) {
        String value = values.get(propertyName);
        return new ConfigValue() {
            @Override
            public String getName() {
                return propertyName;
            }

            @Override
            public String getValue() {
                return value;
            }

            @Override
            public String getRawValue() {
                return value;
            }

            @Override
            public String getSourceName() {
                return "map";
            }

            @Override
            public int getSourceOrdinal() {
                return 100;
            }
        };
    }

    @Override
    public <T> Optional<T> getOptionalValue(String propertyName, Class<T> propertyType) {
        if (propertyType != String.class) {
            throw new IllegalArgumentException("MapConfig only converts to String, not " + propertyType);
        }
        String value = values.get(propertyName);
        // MicroProfile Config treats an empty value as not set
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(propertyType.cast(value));
    }

    @Override
    public Iterable<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
        return List.of();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
        return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new IllegalArgumentException("MapConfig cannot be unwrapped to " + type);
    }
}

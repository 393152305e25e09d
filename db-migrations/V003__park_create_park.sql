-- The industrial park this installation serves.
CREATE TABLE park (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL UNIQUE,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    city_en     VARCHAR(100) NOT NULL,
    city_zh     VARCHAR(100) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);

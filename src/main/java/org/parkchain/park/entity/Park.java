package org.parkchain.park.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** The industrial park this installation serves (one per installation; other parks are reached by the relay). */
@Entity
@Table(name = "park")
public class Park {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "city_en", nullable = false)
    private String cityEn;

    @Column(name = "city_zh", nullable = false)
    private String cityZh;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Park() {
    }

    public Park(String code, String nameEn, String nameZh, String cityEn, String cityZh, Instant createdAt) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.cityEn = cityEn;
        this.cityZh = cityZh;
        this.createdAt = createdAt;
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String city(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? cityZh : cityEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getCityEn() {
        return cityEn;
    }

    public String getCityZh() {
        return cityZh;
    }
}

package org.parkchain.demo.boundary;

import java.util.ArrayList;
import java.util.List;

/** Names of the demo park's participants, users and stations in English and Simplified Chinese. */
final class DemoNames {
    /** English name, Chinese name, licence number, username, contact person. */
    static final List<String[]> SALES_COMPANIES = List.of(
            new String[] {"Suzhou Xinneng Power Sales Co., Ltd.", "苏州新能售电有限公司", "SD-32-2023-0117", "sales1",
                    "Wang Lei 王磊"},
            new String[] {"Jiangnan Power Retail Co., Ltd.", "江南电力零售有限公司", "SD-32-2022-0342", "sales2",
                    "Li Na 李娜"},
            new String[] {"Taihu Green Energy Sales Co., Ltd.", "太湖绿能售电有限公司", "SD-32-2024-0056", "sales3",
                    "Zhang Wei 张伟"},
            new String[] {"Wuzhong Power Services Co., Ltd.", "吴中电力服务有限公司", "SD-32-2021-0988", "sales4",
                    "Liu Yang 刘洋"});

    static final List<String[]> LARGE_USERS = List.of(
            new String[] {"Suzhou Precision Castings Co., Ltd.", "苏州精密铸造有限公司", null, "large1", "Chen Jing 陈静"},
            new String[] {"Jinqiao Semiconductor Packaging Co., Ltd.", "金桥半导体封装有限公司", null, "large2",
                    "Yang Fan 杨帆"},
            new String[] {"Yangtze Cold Chain Logistics Co., Ltd.", "长江冷链物流有限公司", null, "large3",
                    "Zhao Min 赵敏"},
            new String[] {"Hengtong Textile Printing & Dyeing Co., Ltd.", "恒通纺织印染有限公司", null, "large4",
                    "Huang Tao 黄涛"});

    static final List<String[]> GENERATORS = List.of(
            new String[] {"Jinqiao Rooftop Solar Co., Ltd.", "金桥屋顶光伏有限公司", "1032023-00412", "gen1",
                    "Zhou Ping 周平"},
            new String[] {"Park Energy Storage Station Co., Ltd.", "园区储能电站有限公司", "1032024-00077", "gen2",
                    "Wu Xia 吴霞"},
            new String[] {"Huadian Distributed CHP Co., Ltd.", "华电分布式热电联产有限公司", "1032021-01265", "gen3",
                    "Xu Qiang 徐强"},
            new String[] {"Sunrise PV Carport Co., Ltd.", "朝阳光伏车棚有限公司", "1032025-00031", "gen4",
                    "Sun Li 孙丽"});

    static final List<String[]> STATION_OPERATORS = List.of(
            new String[] {"Jinqiao EV Charging Co., Ltd.", "金桥电动汽车充电有限公司", null, "station1", "Ma Jun 马俊"},
            new String[] {"Greenway Charging Network Co., Ltd.", "绿途充电网络有限公司", null, "station2",
                    "Zhu Hong 朱红"},
            new String[] {"Lanhai Fleet Energy Co., Ltd.", "蓝海车队能源有限公司", null, "station3", "Hu Bin 胡斌"});

    /** Transformer, operator index, code, English name, Chinese name, max kW, connectors. */
    static final List<String[]> STATIONS = List.of(
            new String[] {"T1", "0", "ST-N01", "North Gate Supercharging Hub", "北门超级充电站", "240", "4"},
            new String[] {"T1", "1", "ST-N02", "Innovation Plaza Car Park", "创新广场停车场充电站", "120", "6"},
            new String[] {"T1", "2", "ST-N03", "Logistics Fleet Depot North", "北区物流车队充电场", "180", "6"},
            new String[] {"T2", "0", "ST-S01", "South Lake Office Park", "南湖办公园区充电站", "90", "6"},
            new String[] {"T2", "1", "ST-S02", "Dormitory Slow Charging", "宿舍区慢充站", "60", "10"},
            new String[] {"T2", "2", "ST-S03", "Bus and Shuttle Depot", "公交接驳车场站", "210", "3"});

    record Resident(String username, String nameEn, String nameZh, String contact) {
    }

    private static final String[][] SURNAMES = {{"Wang", "王"}, {"Li", "李"}, {"Zhang", "张"}, {"Liu", "刘"},
            {"Chen", "陈"}, {"Yang", "杨"}, {"Zhao", "赵"}, {"Huang", "黄"}, {"Zhou", "周"}, {"Wu", "吴"},
            {"Xu", "徐"}, {"Sun", "孙"}};
    private static final String[][] GIVEN = {{"Fang", "芳"}, {"Hui", "慧"}, {"Qiang", "强"}, {"Yan", "艳"},
            {"Jie", "杰"}, {"Lin", "琳"}};
    private static final String[][] BUSINESSES = {{"Noodle House", "面馆"}, {"Bakery", "烘焙坊"},
            {"Print Shop", "图文快印店"}, {"Hardware Store", "五金店"}, {"Tea House", "茶馆"},
            {"Design Studio", "设计工作室"}, {"Machining Workshop", "机加工坊"}, {"Convenience Store", "便利店"},
            {"Dental Clinic", "牙科诊所"}, {"Accounting Office", "会计事务所"}, {"Electronics Repair", "电子维修店"},
            {"Cold Store", "冷库"}};

    private DemoNames() {
    }

    /** 36 shops, offices and workshops: "Wang's Noodle House" / "王记面馆" and so on. */
    static List<Resident> residents() {
        List<Resident> residents = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            String[] surname = SURNAMES[i % SURNAMES.length];
            String[] business = BUSINESSES[(i * 5 + i / 12) % BUSINESSES.length];
            String[] given = GIVEN[i % GIVEN.length];
            residents.add(new Resident(String.format("resident%02d", i + 1),
                    surname[0] + "'s " + business[0] + (i >= 12 ? " No. " + (i / 12 + 1) : ""),
                    surname[1] + "记" + business[1] + (i >= 12 ? (i / 12 + 1) + "号店" : ""),
                    surname[0] + " " + given[0] + " " + surname[1] + given[1]));
        }
        return residents;
    }
}

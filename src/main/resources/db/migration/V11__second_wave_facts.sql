-- V11: ships the second wave of sourced facts, facts-2.md, as data, the way V2 shipped facts.md:
-- new providers, regions and companies, sources T1..T32, adoptions and the BIGO relocation, each fact
-- linked to the sources it was found in and carrying its confidence (C -> CONFIRMED, R -> REPORTED).
-- Shein exists since V2 and only gets its new adoption. Adoptions whose operator is "(not disclosed)"
-- have provider_id NULL (V10); the relocation has from/to regions and from/to providers (V10).
-- At the end, a first revision holds every row inserted here, as V5 did for the rows of V2.
--
-- A migration that has landed is never edited: corrections and additions go in a new V12+ migration.
--
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode: plain INSERT ... VALUES with scalar
-- subselects by slug / code / url (ids are identity columns and are never hard-coded). A mistyped key
-- makes a subselect return NULL, which a NOT NULL column rejects, so a typo fails the migration.
-- Dates of MONTH or YEAR precision are stored as the first day of that month or year.

-- Cloud providers (website is not given in the facts).
INSERT INTO cloud_provider (slug, name, kind, country, website, created_at, updated_at, created_by, updated_by) VALUES
    ('equinix', 'Equinix', 'COLOCATION', 'US', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('hgc', 'HGC Global Communications (Hutchison)', 'COLOCATION', 'HK', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('akamai', 'Akamai', 'PUBLIC_CLOUD', 'US', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Regions (country NULL for multi-country regions).
INSERT INTO region (code, name, category, country, created_at, updated_at, created_by, updated_by) VALUES
    ('hk', 'Hong Kong', 'OTHER', 'HK', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('me', 'Middle East', 'MAJOR_MARKET', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('ru', 'Russia', 'MAJOR_MARKET', 'RU', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Companies: parents first, then children (parent_id by slug). website and global_hq are not given in the facts.
-- founded_year is the year of the founded column; notes about it go to description (Lark, HONOR).
-- BIGO is tracked with its true origin (SG, Singapore) and its parent JOYY.
INSERT INTO company (slug, name, native_name, parent_id, sector, origin_country, origin_city, global_hq, founded_year, website, description, created_at, updated_at, created_by, updated_by) VALUES
    ('alibaba-group', 'Alibaba Group', '阿里巴巴', NULL, 'E_COMMERCE', 'CN', 'Hangzhou', NULL, NULL, NULL,
     'Hangzhou e-commerce group, parent of AliExpress.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('tencent', 'Tencent', '腾讯', NULL, 'SOCIAL_CONTENT', 'CN', 'Shenzhen', NULL, 1998, NULL,
     'Shenzhen company founded in 1998, parent of Tencent Games, with colocated data centres in Hong Kong for WeChat users outside mainland China.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('joyy', 'JOYY', NULL, NULL, 'SOCIAL_CONTENT', 'CN', NULL, NULL, NULL, NULL,
     'US-listed Chinese company, parent of BIGO Technology.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('iqiyi', 'iQIYI', '爱奇艺', NULL, 'SOCIAL_CONTENT', 'CN', 'Beijing', NULL, NULL, NULL,
     'Beijing company that reaches viewers abroad through Akamai content delivery and edge code.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('oasis-games', 'Oasis Games', NULL, NULL, 'GAMING', 'CN', 'Beijing', NULL, NULL, NULL,
     'Beijing-based game publisher that runs its global game back end on Google Cloud.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('yoozoo', 'Yoozoo Games', '游族网络', NULL, 'GAMING', 'CN', NULL, NULL, NULL, NULL,
     'Chinese game company that has run the cross-region player-versus-player servers of "Metal Revolution" on Google Cloud since 2021.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('sandbox-network', 'Zhuhai Sandbox Network (Blockman Go)', '沙盒网络', NULL, 'GAMING', 'CN', 'Zhuhai', NULL, 2015, NULL,
     'Zhuhai game company founded in 2015, behind Blockman Go, which is played in Europe, Asia-Pacific and the Americas.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('yunchan-games', 'Yunchan Games', '云蟾游戏', NULL, 'GAMING', 'CN', 'Shanghai', NULL, 2008, NULL,
     'Shanghai game company founded in 2008 that has deployed its games for European and American players on Microsoft Azure since 2019.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('elex', 'ELEX', NULL, NULL, 'GAMING', 'CN', 'Beijing', NULL, 2008, NULL,
     'Beijing game company founded in 2008, behind Clash of Kings, whose global real-time chat runs on Google Cloud.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('milimili', 'MiLiMiLi (Chongqing MiLiMiLi Technology)', NULL, NULL, 'GAMING', 'CN', 'Chongqing', NULL, NULL, NULL,
     'Chongqing game company whose game login, business and payment services run on AWS in Singapore.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('oppo', 'OPPO', NULL, NULL, 'HARDWARE_EV', 'CN', NULL, NULL, 2004, NULL,
     'Chinese smartphone maker founded in 2004 that uses Gemini models and confidential computing on Google Cloud for AI features of its phones.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('oneplus', 'OnePlus', NULL, NULL, 'HARDWARE_EV', 'CN', NULL, NULL, NULL, NULL,
     'Chinese smartphone maker that has used Gemini models and Google Cloud AI products for phone features since 2024.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('honor', 'HONOR', NULL, NULL, 'HARDWARE_EV', 'CN', NULL, NULL, NULL, NULL,
     'Chinese smartphone maker, spun out of Huawei in 2020, whose smartphones have used Google Cloud for generative-AI features since 2024.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('huawei', 'Huawei', NULL, NULL, 'HARDWARE_EV', 'CN', 'Shenzhen', NULL, NULL, NULL,
     'Shenzhen hardware company that keeps the personal data of European users of its mobile services and cloud storage in data centres in Germany.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('byd', 'BYD', '比亚迪', NULL, 'HARDWARE_EV', 'CN', NULL, NULL, NULL, NULL,
     'Chinese carmaker whose European connected-car and customer data is reported to be kept in Europe, on Google Cloud.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('nio', 'NIO', '蔚来', NULL, 'HARDWARE_EV', 'CN', 'Shanghai', NULL, 2014, NULL,
     'Shanghai electric-car maker founded in 2014 that says it processes European vehicle and user data in European data centres.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('iapppay', 'iAppPay (Shenzhen iAppPay Information Technology)', NULL, NULL, 'FINTECH', 'CN', 'Shenzhen', NULL, NULL, NULL,
     'Shenzhen payment company whose infrastructure for cross-border payments of Chinese travellers is at Equinix in Hong Kong.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('mobike', 'Mobike', NULL, NULL, 'TRAVEL_MOBILITY', 'CN', 'Beijing', NULL, NULL, NULL,
     'Beijing bike-sharing company whose UK service, launched in 2017 in Manchester (its first European city), runs on Microsoft Azure.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('pingcap', 'PingCAP', NULL, NULL, 'ENTERPRISE_SOFTWARE', 'CN', NULL, NULL, 2015, NULL,
     'Database company founded in China in 2015, maker of TiDB, whose TiDB Cloud Lake runs on Amazon S3 in the United States, Tokyo and Singapore.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Subsidiaries (their parents exist now; bytedance since V2).
INSERT INTO company (slug, name, native_name, parent_id, sector, origin_country, origin_city, global_hq, founded_year, website, description, created_at, updated_at, created_by, updated_by) VALUES
    ('aliexpress', 'AliExpress', NULL, (SELECT id FROM company WHERE slug = 'alibaba-group'), 'E_COMMERCE', 'CN', 'Hangzhou', NULL, NULL, NULL,
     'E-commerce platform of Alibaba Group that has kept the personal data of Russian users in a Russian data centre since 2017, under Russia''s data-localisation law.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('tencent-games', 'Tencent Games', NULL, (SELECT id FROM company WHERE slug = 'tencent'), 'GAMING', 'CN', 'Shenzhen', NULL, NULL, NULL,
     'Tencent''s games business, which runs its global game back end on Tencent Cloud; its PUBG Mobile servers for Indian players were shut down after India''s ban in 2020.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('bigo', 'BIGO Technology', NULL, (SELECT id FROM company WHERE slug = 'joyy'), 'SOCIAL_CONTENT', 'SG', 'Singapore', NULL, 2014, NULL,
     'Founded in Singapore in 2014 and bought by JOYY, a US-listed Chinese company; in 2020 it was reported to be moving its servers from Hong Kong to Singapore.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('lark', 'Lark', NULL, (SELECT id FROM company WHERE slug = 'bytedance'), 'ENTERPRISE_SOFTWARE', 'CN', NULL, NULL, 2019, NULL,
     'ByteDance subsidiary; its founded year, 2019, is that of its international version.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Sources T1..T32 of facts-2.md (published_on NULL where the facts give no date). A second "(origin: ...)"
-- page that backs a company's origin is kept in the title of the source it came with (T1, T26).
INSERT INTO source (url, title, publisher, published_on, published_precision, created_at, updated_at, created_by, updated_by) VALUES
    -- T1
    ('https://google.apacciooutlook.com/cxoinsights/powering-titles-on-a-highperformance-cloud-platform-nwid-7186.html',
     'Powering Titles on a High-Performance Cloud Platform (origin: SpazioGames calls it a Beijing-based publisher, https://www.spaziogames.it/notizie/oasis-games-annuncia-un-grosso-investimento-nello-sviluppatore-iron-mountain-interactive-358691)', 'APAC CIOOutlook (by Oasis Games'' CTO)', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T2
    ('https://gcp.infoq.cn/details/1711.html',
     'Yoozoo Games and "Metal Revolution"', 'Google Cloud customer story (InfoQ China)', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T3
    ('https://www.thestudentscircle.com/post/pubg-mobile-deals-with-microsoft-to-officially-return-in-india',
     'PUBG Mobile deals with Microsoft to officially return in India', 'The Students Circle', DATE '2020-11-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T4
    ('https://www.moneycontrol.com/news/business/pubg-parent-krafton-signs-deal-to-host-the-game-on-microsoft-azure-6084171.html',
     'PUBG parent Krafton signs deal to host the game on Microsoft Azure', 'Moneycontrol', DATE '2020-11-07', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T5
    ('https://intl.cloud.tencent.com/document/product/583/42962',
     'Best Practice of Tencent IEG Going Global', 'Tencent Cloud documentation', DATE '2021-11-08', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T6
    ('https://besthub.dev/articles/case-study-deploying-pandora-marketing-solution-on-tencent-cloud-kubernetes-for-game-operations-43845a654f1e',
     'Deploying Pandora Marketing Solution on Tencent Cloud Kubernetes', 'Tencent Cloud Developer (republished by besthub.dev)', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T7
    ('https://www.forrester.com/blogs/13-12-16-globalizing_tencent_puts_data_centers_where_its_new_customers_are/',
     'Globalizing Tencent Puts Data Centers Where Its New Customers Are', 'Forrester', DATE '2013-12-16', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T8
    ('https://www.scmp.com/business/china-business/article/1377885/tencent-anchors-international-expansion-hong-kong-data',
     'Tencent anchors international expansion on Hong Kong data-centre alliances', 'South China Morning Post', DATE '2013-01-01', 'YEAR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T9
    ('https://akamai.com/pt/resources/customer-story/iqiyi-edgeworkers',
     'iQIYI and EdgeWorkers', 'Akamai customer story', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T10
    ('https://www.tencentcloud.com/customers/detail/3555?lang=en',
     'Zhuhai Sandbox Network / Blockman Go', 'Tencent Cloud customer story', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T11
    ('https://dokumen.tips/documents/the-lark-approach-to-data-security-2020-04-23-lark-uses-amazon-web-services-aws.html',
     'The Lark Approach to Data Security', 'Lark (copy at dokumen.tips)', DATE '2020-04-23', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T12
    ('https://segmentfault.com/a/1190000040598334/en',
     'Azure and Yunchan Games'' overseas expansion', 'Microsoft case (English translation on SegmentFault)', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T13
    ('https://de.toptenid.com/post/elex-wer-ist-chat',
     'ELEX: Supporting hundreds of thousands of concurrent chat users', 'Google Cloud case study (copy at toptenid)', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T14
    ('https://www.lianyunyi.com/cases/case3.html',
     'Game Platform Cloud Migration (MiLiMiLi)', 'Lianyunyi (AWS partner)', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T15
    ('https://www.infocushongkong.com/breaking-news/tiktok-rival-bigo-shifts-servers-from-hong-kong',
     'TikTok Rival Bigo Shifts Servers From Hong Kong', 'In Focus Hong Kong (Reuters)', DATE '2020-08-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T16
    ('https://nationalpost.com/pmn/entertainment-pmn/as-u-s-targets-china-tech-tiktok-rival-bigo-shifts-servers-from-hong-kong',
     'As U.S. targets China tech, TikTok rival Bigo shifts servers from Hong Kong', 'National Post (Reuters)', DATE '2020-08-18', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T17
    ('http://diacelular.com/oneplus-is-adopting-googles-gemini-plans-100-new-ai-features/',
     'OnePlus is Adopting Google''s Gemini, Plans 100 New AI Features', 'diacelular.com', DATE '2024-01-01', 'YEAR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T18
    ('https://neveropen.tech/2024/07/20/oppo-wants-to-bring-ai-to-all-of-its-phones-by-the-end-of-2024',
     'Oppo wants to bring AI to all of its phones by the end of 2024', 'neveropen.tech', DATE '2024-07-20', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T19
    ('https://benzinga.com/25/03/44135586/chinese-smartphone-makers-leverage-google-ai-to-challenge-global-tech-giants',
     'Chinese Smartphone Makers Team Up With Google AI To Challenge Apple, Samsung', 'Benzinga (citing SCMP)', DATE '2025-03-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T20
    ('https://www.silicon.co.uk/e-innovation/artificial-intelligence/upcoming-honor-smartphones-to-feature-google-ai-tech-565031',
     'Upcoming Honor smartphones to feature Google AI tech', 'Silicon UK', DATE '2024-05-22', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T21
    ('https://www.androidpolice.com/honor-hop-on-gen-ai-bandwagon/',
     'Honor partners with Google Cloud for AI features', 'Android Police', DATE '2024-05-22', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T22
    ('https://beta.cms.topgear.com/car-news/business/boss-chinese-carmaker-byd-has-addressed-european-drivers-data-protection-concerns',
     'The boss of Chinese carmaker BYD has addressed European drivers'' data protection concerns', 'BBC TopGear', DATE '2024-05-09', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T23
    ('https://www.enterpriseitnews.com.my/us77-million-investment-to-expand-platform-equinix-in-hong-kong/',
     'US$77 Million Investment to Expand Platform Equinix in Hong Kong', 'Enterprise IT News (Equinix announcement)', DATE '2019-01-01', 'YEAR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T24
    ('https://ukstories.microsoft.com/features/mobike-launches-smart-bike-share-service-in-uk-using-microsofts-cloud-service-azure/',
     'Mobike launches smart bike share service in UK using Microsoft''s cloud service Azure', 'Microsoft UK Stories', DATE '2017-01-01', 'YEAR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T25
    ('https://www.cloudtech.pro/leadership/cloud-essentials/6897/manchester-launches-bike-sharing-service-using-azure',
     'Manchester launches bike-sharing service using Azure', 'CloudTech', DATE '2017-01-01', 'YEAR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T26
    ('https://docs.pingcap.com/tidbcloudlake/platforms-regions/',
     'TiDB Cloud Lake platforms and regions (origin: "In 2015, PingCAP was established to fill the gap in China", https://mo4tech.com/liu-qi-the-database-market-presents-a-trend-of-diversification-20-of-traditional-databases-will-be-replaced-in-the-next-two-years.html)', 'PingCAP documentation', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T27
    ('https://ewdn.com/2017/03/21/aliexpress-to-open-representation-in-russia-and-comply-with-personal-data-storage-law',
     'AliExpress to open representation in Russia and comply with personal data storage law', 'East-West Digital News', DATE '2017-03-21', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T28
    ('https://www.elektroauto-news.net/news/bayern-datenschutz-verfahren-gegen-nio',
     'Bayern prüft möglichen Datenschutzverstoß von Nio', 'Elektroauto-News', DATE '2025-03-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T29
    ('https://borncity.eu/blog/2025/03/08/datenschutzverfahren-gegen-chinesischen-e-auto-hersteller-nio',
     'Datenschutzverfahren gegen chinesischen E-Auto-Hersteller Nio', 'borncity.eu', DATE '2025-03-08', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T30
    ('https://www.teltarif.de/huawei-nutzer-konto-irland-verwaltung-cloud/news/71416.html',
     'Huawei moves the management of European user accounts to its Irish subsidiary; data stays in German data centres', 'teltarif.de', DATE '2018-01-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T31
    ('https://startuptalky.com/news/shein-indian-data-access',
     'Shein Will Not Have Access To Indian Users'' Data After Re-Entry: Government', 'StartupTalky', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- T32
    ('https://mayag.in/post-re-entry-shein-will-have-no-access-to-indian-users-data-govt',
     'Post re-entry, Shein will have no access to Indian users'' data: Govt', 'Mayag', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Adoptions: company uses provider in region (NULL start = not reported, NULL end = still in use,
-- NULL provider = the location is reported, the operator is not).
INSERT INTO adoption (company_id, provider_id, region_id, start_date, start_precision, end_date, end_precision, workload, confidence, created_at, updated_at, created_by, updated_by) VALUES
    ((SELECT id FROM company WHERE slug = 'oasis-games'), (SELECT id FROM cloud_provider WHERE slug = 'gcp'), (SELECT id FROM region WHERE code = 'intl'),
     NULL, NULL, NULL, NULL, 'global game back end, servers in several regions on one global network, and game content delivery', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'yoozoo'), (SELECT id FROM cloud_provider WHERE slug = 'gcp'), (SELECT id FROM region WHERE code = 'intl'),
     DATE '2021-01-01', 'YEAR', NULL, NULL, 'cross-region player-versus-player servers for "Metal Revolution"', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'tencent-games'), (SELECT id FROM cloud_provider WHERE slug = 'tencent'), (SELECT id FROM region WHERE code = 'in'),
     NULL, NULL, DATE '2020-10-29', 'DAY', 'PUBG Mobile content for Indian players, until the servers were shut down after India''s ban', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'tencent-games'), (SELECT id FROM cloud_provider WHERE slug = 'tencent'), (SELECT id FROM region WHERE code = 'intl'),
     DATE '2021-03-01', 'MONTH', NULL, NULL, 'serverless compute behind its game back-end platform for the global business (PGOS)', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'tencent-games'), (SELECT id FROM cloud_provider WHERE slug = 'tencent'), (SELECT id FROM region WHERE code = 'intl'),
     NULL, NULL, NULL, NULL, 'in-game marketing module of the overseas version of Honor of Kings, on managed Kubernetes', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'tencent'), (SELECT id FROM cloud_provider WHERE slug = 'equinix'), (SELECT id FROM region WHERE code = 'hk'),
     DATE '2013-01-01', 'YEAR', NULL, NULL, 'colocated data centre in Hong Kong for WeChat users outside mainland China', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'tencent'), (SELECT id FROM cloud_provider WHERE slug = 'hgc'), (SELECT id FROM region WHERE code = 'hk'),
     DATE '2013-10-01', 'MONTH', NULL, NULL, 'colocation of Tencent''s own servers and storage in Hong Kong', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'iqiyi'), (SELECT id FROM cloud_provider WHERE slug = 'akamai'), (SELECT id FROM region WHERE code = 'intl'),
     NULL, NULL, NULL, NULL, 'content delivery and edge code to reach viewers abroad', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'sandbox-network'), (SELECT id FROM cloud_provider WHERE slug = 'tencent'), (SELECT id FROM region WHERE code = 'intl'),
     NULL, NULL, NULL, NULL, 'player-data database of Blockman Go, played in Europe, Asia-Pacific and the Americas', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'lark'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'intl'),
     NULL, NULL, NULL, NULL, 'core infrastructure of the international version (server rooms, networks, servers)', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'yunchan-games'), (SELECT id FROM cloud_provider WHERE slug = 'azure'), (SELECT id FROM region WHERE code = 'intl'),
     DATE '2019-01-01', 'YEAR', NULL, NULL, 'overseas game deployment for European and American players', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'elex'), (SELECT id FROM cloud_provider WHERE slug = 'gcp'), (SELECT id FROM region WHERE code = 'intl'),
     NULL, NULL, NULL, NULL, 'global real-time chat of Clash of Kings', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'milimili'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'sg'),
     NULL, NULL, NULL, NULL, 'game login, business and payment services in Singapore', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'bigo'), (SELECT id FROM cloud_provider WHERE slug = 'self-hosted'), (SELECT id FROM region WHERE code = 'sg'),
     NULL, NULL, NULL, NULL, 'its largest data-centre capacity', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'bigo'), (SELECT id FROM cloud_provider WHERE slug = 'self-hosted'), (SELECT id FROM region WHERE code = 'in'),
     NULL, NULL, NULL, NULL, 'data-centre capacity in India', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'bigo'), (SELECT id FROM cloud_provider WHERE slug = 'self-hosted'), (SELECT id FROM region WHERE code = 'us'),
     NULL, NULL, NULL, NULL, 'data-centre capacity in the United States', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'bigo'), (SELECT id FROM cloud_provider WHERE slug = 'self-hosted'), (SELECT id FROM region WHERE code = 'eu'),
     NULL, NULL, NULL, NULL, 'data-centre capacity in Europe', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'bigo'), (SELECT id FROM cloud_provider WHERE slug = 'self-hosted'), (SELECT id FROM region WHERE code = 'me'),
     NULL, NULL, NULL, NULL, 'data-centre capacity in the Middle East', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'bigo'), (SELECT id FROM cloud_provider WHERE slug = 'self-hosted'), (SELECT id FROM region WHERE code = 'hk'),
     NULL, NULL, NULL, NULL, 'servers in Hong Kong (being moved to Singapore: see its relocation)', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'oppo'), (SELECT id FROM cloud_provider WHERE slug = 'gcp'), (SELECT id FROM region WHERE code = 'intl'),
     DATE '2024-01-01', 'YEAR', NULL, NULL, 'Gemini models through Google Cloud for AI features of its phones', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'oppo'), (SELECT id FROM cloud_provider WHERE slug = 'gcp'), (SELECT id FROM region WHERE code = 'intl'),
     DATE '2025-03-01', 'MONTH', NULL, NULL, '"AI Private Computing Cloud" built on Google Cloud confidential computing', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'oneplus'), (SELECT id FROM cloud_provider WHERE slug = 'gcp'), (SELECT id FROM region WHERE code = 'intl'),
     DATE '2024-01-01', 'YEAR', NULL, NULL, 'Gemini models and Google Cloud AI products for phone features', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'honor'), (SELECT id FROM cloud_provider WHERE slug = 'gcp'), (SELECT id FROM region WHERE code = 'intl'),
     DATE '2024-05-22', 'DAY', NULL, NULL, 'generative-AI features of its smartphones', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'byd'), (SELECT id FROM cloud_provider WHERE slug = 'gcp'), (SELECT id FROM region WHERE code = 'eu'),
     NULL, NULL, NULL, NULL, 'European connected-car and customer data, kept in Europe', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'iapppay'), (SELECT id FROM cloud_provider WHERE slug = 'equinix'), (SELECT id FROM region WHERE code = 'hk'),
     NULL, NULL, NULL, NULL, 'infrastructure for cross-border payments of Chinese travellers', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'mobike'), (SELECT id FROM cloud_provider WHERE slug = 'azure'), (SELECT id FROM region WHERE code = 'eu'),
     DATE '2017-01-01', 'YEAR', NULL, NULL, 'bike-sharing app and GPS-connected bikes of its UK service (Manchester, first European city)', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'pingcap'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'us'),
     NULL, NULL, NULL, NULL, 'TiDB Cloud Lake on Amazon S3 (us-west-2, us-east-1)', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'pingcap'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'jp'),
     NULL, NULL, NULL, NULL, 'TiDB Cloud Lake on Amazon S3 (Tokyo)', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'pingcap'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'sg'),
     NULL, NULL, NULL, NULL, 'TiDB Cloud Lake on Amazon S3 (Singapore)', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'aliexpress'), NULL, (SELECT id FROM region WHERE code = 'ru'),
     DATE '2017-03-01', 'MONTH', NULL, NULL, 'personal data of Russian users, in a Russian data centre, under the data-localisation law', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'nio'), NULL, (SELECT id FROM region WHERE code = 'eu'),
     NULL, NULL, NULL, NULL, 'vehicle and user data processed in European data centres, by the company''s account', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'huawei'), NULL, (SELECT id FROM region WHERE code = 'eu'),
     DATE '2017-09-01', 'MONTH', NULL, NULL, 'personal data of European users of its mobile services and cloud storage, in data centres in Germany', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'shein'), NULL, (SELECT id FROM region WHERE code = 'in'),
     NULL, NULL, NULL, NULL, 'Shein India, run with Reliance Retail: hosted in India, all platform data kept in India, no access for Shein', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Adoption sources: the adoption by (company slug, provider slug, region code), unique in the facts
-- except where the start date tells two apart (tencent-games / tencent / intl, oppo / gcp / intl);
-- "(not disclosed)" adoptions by provider_id IS NULL. The source by url.
INSERT INTO adoption_source (adoption_id, source_id) VALUES
    -- oasis-games / gcp / intl <- T1
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'oasis-games' AND p.slug = 'gcp' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://google.apacciooutlook.com/cxoinsights/powering-titles-on-a-highperformance-cloud-platform-nwid-7186.html')),
    -- yoozoo / gcp / intl <- T2
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'yoozoo' AND p.slug = 'gcp' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://gcp.infoq.cn/details/1711.html')),
    -- tencent-games / tencent / in <- T3
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tencent-games' AND p.slug = 'tencent' AND r.code = 'in'),
     (SELECT id FROM source WHERE url = 'https://www.thestudentscircle.com/post/pubg-mobile-deals-with-microsoft-to-officially-return-in-india')),
    -- tencent-games / tencent / in <- T4
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tencent-games' AND p.slug = 'tencent' AND r.code = 'in'),
     (SELECT id FROM source WHERE url = 'https://www.moneycontrol.com/news/business/pubg-parent-krafton-signs-deal-to-host-the-game-on-microsoft-azure-6084171.html')),
    -- tencent-games / tencent / intl / start 2021-03 <- T5
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tencent-games' AND p.slug = 'tencent' AND r.code = 'intl' AND a.start_date = DATE '2021-03-01'),
     (SELECT id FROM source WHERE url = 'https://intl.cloud.tencent.com/document/product/583/42962')),
    -- tencent-games / tencent / intl / start — <- T6
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tencent-games' AND p.slug = 'tencent' AND r.code = 'intl' AND a.start_date IS NULL),
     (SELECT id FROM source WHERE url = 'https://besthub.dev/articles/case-study-deploying-pandora-marketing-solution-on-tencent-cloud-kubernetes-for-game-operations-43845a654f1e')),
    -- tencent / equinix / hk <- T7
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tencent' AND p.slug = 'equinix' AND r.code = 'hk'),
     (SELECT id FROM source WHERE url = 'https://www.forrester.com/blogs/13-12-16-globalizing_tencent_puts_data_centers_where_its_new_customers_are/')),
    -- tencent / equinix / hk <- T8
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tencent' AND p.slug = 'equinix' AND r.code = 'hk'),
     (SELECT id FROM source WHERE url = 'https://www.scmp.com/business/china-business/article/1377885/tencent-anchors-international-expansion-hong-kong-data')),
    -- tencent / hgc / hk <- T8
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tencent' AND p.slug = 'hgc' AND r.code = 'hk'),
     (SELECT id FROM source WHERE url = 'https://www.scmp.com/business/china-business/article/1377885/tencent-anchors-international-expansion-hong-kong-data')),
    -- iqiyi / akamai / intl <- T9
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'iqiyi' AND p.slug = 'akamai' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://akamai.com/pt/resources/customer-story/iqiyi-edgeworkers')),
    -- sandbox-network / tencent / intl <- T10
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'sandbox-network' AND p.slug = 'tencent' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://www.tencentcloud.com/customers/detail/3555?lang=en')),
    -- lark / aws / intl <- T11
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'lark' AND p.slug = 'aws' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://dokumen.tips/documents/the-lark-approach-to-data-security-2020-04-23-lark-uses-amazon-web-services-aws.html')),
    -- yunchan-games / azure / intl <- T12
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'yunchan-games' AND p.slug = 'azure' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://segmentfault.com/a/1190000040598334/en')),
    -- elex / gcp / intl <- T13
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'elex' AND p.slug = 'gcp' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://de.toptenid.com/post/elex-wer-ist-chat')),
    -- milimili / aws / sg <- T14
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'milimili' AND p.slug = 'aws' AND r.code = 'sg'),
     (SELECT id FROM source WHERE url = 'https://www.lianyunyi.com/cases/case3.html')),
    -- bigo / self-hosted / sg <- T15
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'bigo' AND p.slug = 'self-hosted' AND r.code = 'sg'),
     (SELECT id FROM source WHERE url = 'https://www.infocushongkong.com/breaking-news/tiktok-rival-bigo-shifts-servers-from-hong-kong')),
    -- bigo / self-hosted / in <- T15
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'bigo' AND p.slug = 'self-hosted' AND r.code = 'in'),
     (SELECT id FROM source WHERE url = 'https://www.infocushongkong.com/breaking-news/tiktok-rival-bigo-shifts-servers-from-hong-kong')),
    -- bigo / self-hosted / us <- T15
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'bigo' AND p.slug = 'self-hosted' AND r.code = 'us'),
     (SELECT id FROM source WHERE url = 'https://www.infocushongkong.com/breaking-news/tiktok-rival-bigo-shifts-servers-from-hong-kong')),
    -- bigo / self-hosted / eu <- T15
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'bigo' AND p.slug = 'self-hosted' AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://www.infocushongkong.com/breaking-news/tiktok-rival-bigo-shifts-servers-from-hong-kong')),
    -- bigo / self-hosted / me <- T15
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'bigo' AND p.slug = 'self-hosted' AND r.code = 'me'),
     (SELECT id FROM source WHERE url = 'https://www.infocushongkong.com/breaking-news/tiktok-rival-bigo-shifts-servers-from-hong-kong')),
    -- bigo / self-hosted / hk <- T15
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'bigo' AND p.slug = 'self-hosted' AND r.code = 'hk'),
     (SELECT id FROM source WHERE url = 'https://www.infocushongkong.com/breaking-news/tiktok-rival-bigo-shifts-servers-from-hong-kong')),
    -- bigo / self-hosted / hk <- T16
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'bigo' AND p.slug = 'self-hosted' AND r.code = 'hk'),
     (SELECT id FROM source WHERE url = 'https://nationalpost.com/pmn/entertainment-pmn/as-u-s-targets-china-tech-tiktok-rival-bigo-shifts-servers-from-hong-kong')),
    -- oppo / gcp / intl / start 2024 <- T17
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'oppo' AND p.slug = 'gcp' AND r.code = 'intl' AND a.start_date = DATE '2024-01-01'),
     (SELECT id FROM source WHERE url = 'http://diacelular.com/oneplus-is-adopting-googles-gemini-plans-100-new-ai-features/')),
    -- oppo / gcp / intl / start 2024 <- T18
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'oppo' AND p.slug = 'gcp' AND r.code = 'intl' AND a.start_date = DATE '2024-01-01'),
     (SELECT id FROM source WHERE url = 'https://neveropen.tech/2024/07/20/oppo-wants-to-bring-ai-to-all-of-its-phones-by-the-end-of-2024')),
    -- oppo / gcp / intl / start 2025-03 <- T19
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'oppo' AND p.slug = 'gcp' AND r.code = 'intl' AND a.start_date = DATE '2025-03-01'),
     (SELECT id FROM source WHERE url = 'https://benzinga.com/25/03/44135586/chinese-smartphone-makers-leverage-google-ai-to-challenge-global-tech-giants')),
    -- oneplus / gcp / intl <- T17
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'oneplus' AND p.slug = 'gcp' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'http://diacelular.com/oneplus-is-adopting-googles-gemini-plans-100-new-ai-features/')),
    -- oneplus / gcp / intl <- T18
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'oneplus' AND p.slug = 'gcp' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://neveropen.tech/2024/07/20/oppo-wants-to-bring-ai-to-all-of-its-phones-by-the-end-of-2024')),
    -- honor / gcp / intl <- T20
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'honor' AND p.slug = 'gcp' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://www.silicon.co.uk/e-innovation/artificial-intelligence/upcoming-honor-smartphones-to-feature-google-ai-tech-565031')),
    -- honor / gcp / intl <- T21
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'honor' AND p.slug = 'gcp' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://www.androidpolice.com/honor-hop-on-gen-ai-bandwagon/')),
    -- byd / gcp / eu <- T22
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'byd' AND p.slug = 'gcp' AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://beta.cms.topgear.com/car-news/business/boss-chinese-carmaker-byd-has-addressed-european-drivers-data-protection-concerns')),
    -- iapppay / equinix / hk <- T23
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'iapppay' AND p.slug = 'equinix' AND r.code = 'hk'),
     (SELECT id FROM source WHERE url = 'https://www.enterpriseitnews.com.my/us77-million-investment-to-expand-platform-equinix-in-hong-kong/')),
    -- mobike / azure / eu <- T24
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'mobike' AND p.slug = 'azure' AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://ukstories.microsoft.com/features/mobike-launches-smart-bike-share-service-in-uk-using-microsofts-cloud-service-azure/')),
    -- mobike / azure / eu <- T25
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'mobike' AND p.slug = 'azure' AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://www.cloudtech.pro/leadership/cloud-essentials/6897/manchester-launches-bike-sharing-service-using-azure')),
    -- pingcap / aws / us <- T26
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'pingcap' AND p.slug = 'aws' AND r.code = 'us'),
     (SELECT id FROM source WHERE url = 'https://docs.pingcap.com/tidbcloudlake/platforms-regions/')),
    -- pingcap / aws / jp <- T26
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'pingcap' AND p.slug = 'aws' AND r.code = 'jp'),
     (SELECT id FROM source WHERE url = 'https://docs.pingcap.com/tidbcloudlake/platforms-regions/')),
    -- pingcap / aws / sg <- T26
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'pingcap' AND p.slug = 'aws' AND r.code = 'sg'),
     (SELECT id FROM source WHERE url = 'https://docs.pingcap.com/tidbcloudlake/platforms-regions/')),
    -- aliexpress / (not disclosed) / ru <- T27
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'aliexpress' AND a.provider_id IS NULL AND r.code = 'ru'),
     (SELECT id FROM source WHERE url = 'https://ewdn.com/2017/03/21/aliexpress-to-open-representation-in-russia-and-comply-with-personal-data-storage-law')),
    -- nio / (not disclosed) / eu <- T28
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'nio' AND a.provider_id IS NULL AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://www.elektroauto-news.net/news/bayern-datenschutz-verfahren-gegen-nio')),
    -- nio / (not disclosed) / eu <- T29
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'nio' AND a.provider_id IS NULL AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://borncity.eu/blog/2025/03/08/datenschutzverfahren-gegen-chinesischen-e-auto-hersteller-nio')),
    -- huawei / (not disclosed) / eu <- T30
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'huawei' AND a.provider_id IS NULL AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://www.teltarif.de/huawei-nutzer-konto-irland-verwaltung-cloud/news/71416.html')),
    -- shein / (not disclosed) / in <- T31
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'shein' AND a.provider_id IS NULL AND r.code = 'in'),
     (SELECT id FROM source WHERE url = 'https://startuptalky.com/news/shein-indian-data-access')),
    -- shein / (not disclosed) / in <- T32
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'shein' AND a.provider_id IS NULL AND r.code = 'in'),
     (SELECT id FROM source WHERE url = 'https://mayag.in/post-re-entry-shein-will-have-no-access-to-indian-users-data-govt'));

-- Cloud migrations: the BIGO relocation from Hong Kong to Singapore within its own data centres
-- (from and to provider both self-hosted, the regions differ).
INSERT INTO cloud_migration (company_id, from_region_id, to_region_id, from_provider_id, to_provider_id, announced_on, announced_precision, completed_on, completed_precision, status, reason, summary, confidence, created_at, updated_at, created_by, updated_by) VALUES
    ((SELECT id FROM company WHERE slug = 'bigo'), (SELECT id FROM region WHERE code = 'hk'), (SELECT id FROM region WHERE code = 'sg'),
     (SELECT id FROM cloud_provider WHERE slug = 'self-hosted'), (SELECT id FROM cloud_provider WHERE slug = 'self-hosted'),
     DATE '2020-08-17', 'DAY', NULL, NULL, 'IN_PROGRESS', 'GEOPOLITICS_COMPLIANCE',
     'In August 2020 Reuters reported that BIGO was shifting its servers from Hong Kong to Singapore, where it has its largest data-centre capacity, as the US targeted Chinese tech.',
     'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Migration sources: the migration by (company slug, from-region code, to-region code), unique in the facts; the source by url.
INSERT INTO migration_source (migration_id, source_id) VALUES
    -- bigo / hk -> sg <- T15
    ((SELECT m.id FROM cloud_migration m JOIN company c ON c.id = m.company_id JOIN region f ON f.id = m.from_region_id JOIN region r ON r.id = m.to_region_id
      WHERE c.slug = 'bigo' AND f.code = 'hk' AND r.code = 'sg'),
     (SELECT id FROM source WHERE url = 'https://www.infocushongkong.com/breaking-news/tiktok-rival-bigo-shifts-servers-from-hong-kong')),
    -- bigo / hk -> sg <- T16
    ((SELECT m.id FROM cloud_migration m JOIN company c ON c.id = m.company_id JOIN region f ON f.id = m.from_region_id JOIN region r ON r.id = m.to_region_id
      WHERE c.slug = 'bigo' AND f.code = 'hk' AND r.code = 'sg'),
     (SELECT id FROM source WHERE url = 'https://nationalpost.com/pmn/entertainment-pmn/as-u-s-targets-china-tech-tiktok-rival-bigo-shifts-servers-from-hong-kong'));

-- History (as V5): one new revision holds every row inserted above, so that each new fact's history
-- starts from what was shipped and it can be restored. The rows are those created by 'seed' that have
-- no audit row yet (V5 audited every row of V2, so Shein and the other V2 rows are left out; rows of
-- the app and synthetic rows are not created by 'seed'); the links are those of the adoptions and
-- migrations audited in this revision. The revision is found by its username, so a revision written
-- meanwhile by a running instance is never taken for it. Sources are not audited (no source_aud),
-- nor is the synthetic flag.
INSERT INTO revinfo (revtstmp, username)
VALUES (CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT), 'history-start');

INSERT INTO cloud_provider_aud (id, rev, revtype, slug, name, kind, country, website,
                                created_at, updated_at, created_by, updated_by, version)
SELECT id, (SELECT MAX(rev) FROM revinfo WHERE username = 'history-start'), 0, slug, name, kind, country, website,
       created_at, updated_at, created_by, updated_by, version
FROM cloud_provider
WHERE created_by = 'seed' AND id NOT IN (SELECT id FROM cloud_provider_aud);

INSERT INTO region_aud (id, rev, revtype, code, name, country, category,
                        created_at, updated_at, created_by, updated_by, version)
SELECT id, (SELECT MAX(rev) FROM revinfo WHERE username = 'history-start'), 0, code, name, country, category,
       created_at, updated_at, created_by, updated_by, version
FROM region
WHERE created_by = 'seed' AND id NOT IN (SELECT id FROM region_aud);

INSERT INTO company_aud (id, rev, revtype, slug, name, native_name, parent_id, sector, origin_country, origin_city,
                         global_hq, founded_year, website, description,
                         created_at, updated_at, created_by, updated_by, version)
SELECT id, (SELECT MAX(rev) FROM revinfo WHERE username = 'history-start'), 0, slug, name, native_name, parent_id, sector, origin_country, origin_city,
       global_hq, founded_year, website, description,
       created_at, updated_at, created_by, updated_by, version
FROM company
WHERE created_by = 'seed' AND id NOT IN (SELECT id FROM company_aud);

INSERT INTO adoption_aud (id, rev, revtype, company_id, provider_id, region_id, start_date, start_precision,
                          end_date, end_precision, workload, confidence,
                          created_at, updated_at, created_by, updated_by, version)
SELECT id, (SELECT MAX(rev) FROM revinfo WHERE username = 'history-start'), 0, company_id, provider_id, region_id, start_date, start_precision,
       end_date, end_precision, workload, confidence,
       created_at, updated_at, created_by, updated_by, version
FROM adoption
WHERE created_by = 'seed' AND id NOT IN (SELECT id FROM adoption_aud);

INSERT INTO cloud_migration_aud (id, rev, revtype, company_id, from_region_id, to_region_id, from_provider_id, to_provider_id,
                                 announced_on, announced_precision, completed_on, completed_precision,
                                 status, reason, summary, confidence,
                                 created_at, updated_at, created_by, updated_by, version)
SELECT id, (SELECT MAX(rev) FROM revinfo WHERE username = 'history-start'), 0, company_id, from_region_id, to_region_id, from_provider_id, to_provider_id,
       announced_on, announced_precision, completed_on, completed_precision,
       status, reason, summary, confidence,
       created_at, updated_at, created_by, updated_by, version
FROM cloud_migration
WHERE created_by = 'seed' AND id NOT IN (SELECT id FROM cloud_migration_aud);

INSERT INTO adoption_source_aud (rev, revtype, adoption_id, source_id)
SELECT (SELECT MAX(rev) FROM revinfo WHERE username = 'history-start'), 0, adoption_id, source_id FROM adoption_source
WHERE adoption_id IN (SELECT id FROM adoption_aud WHERE rev = (SELECT MAX(rev) FROM revinfo WHERE username = 'history-start'));

INSERT INTO migration_source_aud (rev, revtype, migration_id, source_id)
SELECT (SELECT MAX(rev) FROM revinfo WHERE username = 'history-start'), 0, migration_id, source_id FROM migration_source
WHERE migration_id IN (SELECT id FROM cloud_migration_aud WHERE rev = (SELECT MAX(rev) FROM revinfo WHERE username = 'history-start'));

-- The data changed (V8): instances already running drop what they cached.
UPDATE data_version SET version = version + 1 WHERE id = 1;

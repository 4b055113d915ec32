-- V2: ships the sourced facts of facts.md (the product's initial data) as data:
-- providers, regions, companies, sources, adoptions, migrations and market shares, each fact
-- linked to the sources it was found in and carrying its confidence (C -> CONFIRMED, R -> REPORTED).
--
-- A migration that has landed is never edited: corrections and additions go in a new V3+ migration.
--
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode: plain INSERT ... VALUES with scalar
-- subselects by slug / code / url (ids are identity columns and are never hard-coded). A mistyped key
-- makes a subselect return NULL, which a NOT NULL column rejects, so a typo fails the migration.
-- Dates of MONTH or YEAR precision are stored as the first day of that month or year.

-- Cloud providers (website is not given in the facts; country NULL for own data centres).
INSERT INTO cloud_provider (slug, name, kind, country, website, created_at, updated_at, created_by, updated_by) VALUES
    ('aws', 'Amazon Web Services', 'PUBLIC_CLOUD', 'US', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('azure', 'Microsoft Azure', 'PUBLIC_CLOUD', 'US', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('gcp', 'Google Cloud', 'PUBLIC_CLOUD', 'US', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('oracle', 'Oracle Cloud Infrastructure', 'PUBLIC_CLOUD', 'US', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('alibaba', 'Alibaba Cloud', 'PUBLIC_CLOUD', 'CN', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('tencent', 'Tencent Cloud', 'PUBLIC_CLOUD', 'CN', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('huawei', 'Huawei Cloud', 'PUBLIC_CLOUD', 'CN', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('green-mountain', 'Green Mountain (data-centre operator)', 'COLOCATION', 'NO', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('self-hosted', 'Own data centres', 'OWN_DATA_CENTRES', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Regions (country NULL for multi-country regions).
INSERT INTO region (code, name, category, country, created_at, updated_at, created_by, updated_by) VALUES
    ('us', 'United States', 'MAJOR_MARKET', 'US', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('eu', 'Europe (EU/EEA)', 'MAJOR_MARKET', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('sg', 'Singapore', 'NEUTRAL_HUB', 'SG', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('jp', 'Japan', 'MAJOR_MARKET', 'JP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('in', 'India', 'MAJOR_MARKET', 'IN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('br', 'Brazil', 'MAJOR_MARKET', 'BR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('cn', 'Mainland China', 'MAINLAND_CHINA', 'CN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('intl', 'International (outside China, unspecified)', 'OTHER', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Companies: parents first, then children (parent_id by slug). website is not given in the facts.
-- founded_year is the year of the founded column; notes about headquarters go to global_hq, others to description.
INSERT INTO company (slug, name, native_name, parent_id, sector, origin_country, origin_city, global_hq, founded_year, website, description, created_at, updated_at, created_by, updated_by) VALUES
    ('bytedance', 'ByteDance', '字节跳动', NULL, 'SOCIAL_CONTENT', 'CN', 'Beijing', NULL, 2012, NULL,
     'Parent company of TikTok, founded in Beijing in 2012.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('shein', 'Shein', '希音', NULL, 'E_COMMERCE', 'CN', 'Nanjing', 'Singapore', 2008, NULL,
     'E-commerce company founded in Nanjing in 2008 with its global headquarters in Singapore.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('pdd', 'PDD Holdings', '拼多多', NULL, 'E_COMMERCE', 'CN', 'Shanghai', 'Dublin', 2015, NULL,
     'E-commerce group founded in Shanghai in 2015, parent of Temu, with its principal office in Dublin since 2023.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('xiaomi', 'Xiaomi', '小米', NULL, 'HARDWARE_EV', 'CN', 'Beijing', NULL, 2010, NULL,
     'Beijing company founded in 2010 that moved its overseas mobile phone data away from Chinese servers to AWS in 2014.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('mihoyo', 'miHoYo (HoYoverse)', '米哈游', NULL, 'GAMING', 'CN', 'Shanghai', NULL, 2012, NULL,
     'Shanghai gaming company founded in 2012 that runs Genshin Impact game servers on Alibaba Cloud.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('netease-games', 'NetEase Games', '网易游戏', NULL, 'GAMING', 'CN', 'Hangzhou', NULL, NULL, NULL,
     'Hangzhou gaming company that has used AWS for overseas game distribution since 2015.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('dji', 'DJI', '大疆', NULL, 'HARDWARE_EV', 'CN', 'Shenzhen', NULL, 2006, NULL,
     'Shenzhen hardware company founded in 2006 whose US users'' app data is reported to be on AWS.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('anker', 'Anker Innovations', '安克创新', NULL, 'HARDWARE_EV', 'CN', 'Changsha', NULL, 2011, NULL,
     'Changsha hardware company founded in 2011 whose eufy cameras use AWS for processing.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Subsidiaries (their parents exist now).
INSERT INTO company (slug, name, native_name, parent_id, sector, origin_country, origin_city, global_hq, founded_year, website, description, created_at, updated_at, created_by, updated_by) VALUES
    ('tiktok', 'TikTok', NULL, (SELECT id FROM company WHERE slug = 'bytedance'), 'SOCIAL_CONTENT', 'CN', 'Beijing', NULL, 2017, NULL,
     'ByteDance subsidiary; its founded year, 2017, is its international launch.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('temu', 'Temu', NULL, (SELECT id FROM company WHERE slug = 'pdd'), 'E_COMMERCE', 'CN', 'Shanghai', NULL, 2022, NULL,
     'E-commerce platform of PDD Holdings, founded in 2022.',
     CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Sources S1..S23 of facts.md (published_on NULL where the facts give no date).
INSERT INTO source (url, title, publisher, published_on, published_precision, created_at, updated_at, created_by, updated_by) VALUES
    -- S1
    ('https://www.zdnet.com/article/alibabas-cloud-growth-hits-slowdown-after-loss-of-top-customer/',
     'Alibaba''s cloud growth hits slowdown after loss of top customer', 'ZDNet', DATE '2021-05-13', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S2
    ('https://www.datacenterdynamics.com/en/news/alibaba-announces-quarterly-loss-cloud-unit-loses-large-international-customer/',
     'Alibaba announces quarterly loss, cloud unit loses large international customer', 'DatacenterDynamics', DATE '2021-05-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S3
    ('https://infotechlead.com/cloud/cloud-in-china-alibaba-huawei-tencent-and-baidu-share-67130',
     'Cloud in China: Alibaba, Huawei, Tencent and Baidu share', 'InfotechLead (Canalys)', DATE '2021-01-01', 'YEAR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S4
    ('https://direct.datacenterdynamics.com/en/news/report-google-cloud-sold-800m-cloud-services-tiktok-2019/',
     'Report: Google Cloud sold $800m cloud services to TikTok in 2019', 'DatacenterDynamics', DATE '2020-07-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S5
    ('https://infotechlead.com/digital/tiktok-migrates-u-s-user-data-to-oracle-servers-73051',
     'TikTok migrates U.S. user data to Oracle servers', 'InfotechLead (Reuters)', DATE '2022-06-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S6
    ('https://sinoreporter.com/articles/41889',
     'TikTok: 100% of US user traffic routed to Oracle Cloud Infrastructure', 'The Register (mirror)', DATE '2022-06-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S7
    ('https://dailythepatriot.com/tiktok-moves-u-s-user-data-to-oracle-servers/',
     'TikTok moves U.S. user data to Oracle servers', 'Reuters (mirror)', DATE '2022-06-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S8
    ('https://www.theregister.com/2023/05/23/tiktok_offers_oracle_view_of/',
     'TikTok offers Oracle a view of its source code', 'The Register', DATE '2023-05-23', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S9
    ('https://www.siliconrepublic.com/enterprise/tiktok-europe-project-clover-investment-data-centres-norway-dublin',
     'TikTok Project Clover: data centres in Norway and Dublin', 'Silicon Republic', DATE '2023-12-01', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S10
    ('https://www.theverge.com/2023/11/30/23982846/tiktok-is-committing-12-billion-to-data-security-in-europe',
     'TikTok is committing €12 billion to data security in Europe', 'The Verge', DATE '2023-11-30', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S11
    ('https://datacenterdynamics.com/en/news/tiktok-now-using-all-three-data-center-buildings-by-green-mountain-in-norway',
     'TikTok now using all three Green Mountain buildings in Norway', 'DatacenterDynamics', DATE '2025-01-01', 'YEAR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S12
    ('https://thelowdown.momentum.asia/microsoft-beats-amazon-to-get-the-shein-cloud-deal/amp/',
     'Microsoft beats Amazon to get the SHEIN cloud deal', 'Momentum Works (from Leiphone)', DATE '2023-01-01', 'YEAR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S13
    ('https://www.itiger.com/news/2544974216',
     'Temu signs data-storage deal with Oracle', 'Wall Street Journal (via iTiger)', DATE '2025-01-01', 'YEAR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S14
    ('https://chinatechnews.com/2014/10/28/21076-xiaomi-moves-overseas-mobile-phone-data-away-from-chinese-servers',
     'Xiaomi moves overseas mobile phone data away from Chinese servers', 'China Tech News', DATE '2014-10-28', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S15
    ('https://www.digitaltrends.com/mobile/xiaomi-shifts-data-storage-china/',
     'Xiaomi shifts data storage out of China', 'Digital Trends', DATE '2014-10-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S16
    ('http://www.globaltimes.cn/content/1090420.shtml',
     'Xiaomi and Microsoft sign cloud memorandum', 'Global Times', DATE '2018-02-23', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S17
    ('https://www.alibabacloud.com/blog/mihoyo-a-first-generation-cloud-native-enterprise-realizes-imagination_597292',
     'miHoYo, a first-generation cloud-native enterprise', 'Alibaba Cloud blog', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S18
    ('https://aws.amazon.com/solutions/case-studies/netease-games-case-study/',
     'NetEase Games', 'AWS case study', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S19
    ('https://security.dji.com/news?lang=en_US&newsId=case-2',
     'Data of US users on AWS', 'DJI security newsroom', NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S20
    ('https://basic-tutorials.com/news/anker-admits-security-problems-with-eufy-cameras/',
     'Anker statement on eufy cameras', NULL, DATE '2023-01-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S21
    ('https://washingtonweeklytimes.com/technology/chinas-globalizing-startups-could-be-a-boon-to-us-cloud-giants-techcrunch',
     'Chinese startups going global could be a boon for US cloud giants', 'TechCrunch (translation, mirror)', DATE '2023-02-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S22
    ('https://www.crn.com/news/cloud/cloud-market-share-q4-2022-microsoft-gains-on-aws-as-google-grows',
     'Cloud market share Q4 2022', 'CRN (Synergy Research Group)', DATE '2023-02-01', 'MONTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    -- S23
    ('https://www.cxonet.be/2023/07/18/iaas-growth-in-2022-was-stronger-than-expected/',
     'IaaS growth in 2022 was stronger than expected', 'CXOnet (Gartner)', DATE '2023-07-18', 'DAY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Adoptions: company uses provider in region (NULL start = not reported, NULL end = still in use).
INSERT INTO adoption (company_id, provider_id, region_id, start_date, start_precision, end_date, end_precision, workload, confidence, created_at, updated_at, created_by, updated_by) VALUES
    ((SELECT id FROM company WHERE slug = 'tiktok'), (SELECT id FROM cloud_provider WHERE slug = 'alibaba'), (SELECT id FROM region WHERE code = 'intl'),
     NULL, NULL, DATE '2021-05-01', 'MONTH', 'international business outside Asia', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'tiktok'), (SELECT id FROM cloud_provider WHERE slug = 'gcp'), (SELECT id FROM region WHERE code = 'intl'),
     DATE '2019-05-01', 'MONTH', NULL, NULL, 'cloud services under a 3-year deal of at least $800M', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'tiktok'), (SELECT id FROM cloud_provider WHERE slug = 'oracle'), (SELECT id FROM region WHERE code = 'us'),
     DATE '2022-06-01', 'MONTH', NULL, NULL, 'US user traffic and data (Project Texas)', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'tiktok'), (SELECT id FROM cloud_provider WHERE slug = 'self-hosted'), (SELECT id FROM region WHERE code = 'eu'),
     DATE '2023-09-01', 'MONTH', NULL, NULL, 'European user data, Dublin (Project Clover)', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'tiktok'), (SELECT id FROM cloud_provider WHERE slug = 'green-mountain'), (SELECT id FROM region WHERE code = 'eu'),
     DATE '2024-10-01', 'MONTH', NULL, NULL, 'European user data, Hamar, Norway (Project Clover)', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'shein'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'eu'),
     NULL, NULL, DATE '2022-01-01', 'YEAR', 'European site', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'shein'), (SELECT id FROM cloud_provider WHERE slug = 'gcp'), (SELECT id FROM region WHERE code = 'eu'),
     DATE '2022-01-01', 'YEAR', NULL, NULL, 'European site', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'shein'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'us'),
     NULL, NULL, DATE '2023-01-01', 'YEAR', 'global and US sites', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'shein'), (SELECT id FROM cloud_provider WHERE slug = 'azure'), (SELECT id FROM region WHERE code = 'us'),
     DATE '2023-01-01', 'YEAR', NULL, NULL, 'global and US sites', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'temu'), (SELECT id FROM cloud_provider WHERE slug = 'oracle'), (SELECT id FROM region WHERE code = 'us'),
     DATE '2025-01-01', 'YEAR', NULL, NULL, 'US consumer data storage', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'xiaomi'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'us'),
     DATE '2014-10-01', 'MONTH', NULL, NULL, 'e-commerce and international user data, later MIUI services', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'xiaomi'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'sg'),
     DATE '2014-10-01', 'MONTH', NULL, NULL, 'e-commerce and international user data', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'xiaomi'), (SELECT id FROM cloud_provider WHERE slug = 'azure'), (SELECT id FROM region WHERE code = 'intl'),
     DATE '2018-02-01', 'MONTH', NULL, NULL, 'data storage and computing for users (agreement)', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'mihoyo'), (SELECT id FROM cloud_provider WHERE slug = 'alibaba'), (SELECT id FROM region WHERE code = 'intl'),
     DATE '2020-09-01', 'MONTH', NULL, NULL, 'Genshin Impact game servers (region not stated)', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'netease-games'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'intl'),
     DATE '2015-01-01', 'YEAR', NULL, NULL, 'overseas game distribution', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'dji'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'us'),
     NULL, NULL, NULL, NULL, 'app data of US users', 'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'anker'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM region WHERE code = 'intl'),
     NULL, NULL, NULL, NULL, 'eufy camera processing', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Adoption sources: the adoption by (company slug, provider slug, region code), unique in the facts; the source by url.
INSERT INTO adoption_source (adoption_id, source_id) VALUES
    -- tiktok / alibaba / intl <- S1
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tiktok' AND p.slug = 'alibaba' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://www.zdnet.com/article/alibabas-cloud-growth-hits-slowdown-after-loss-of-top-customer/')),
    -- tiktok / alibaba / intl <- S2
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tiktok' AND p.slug = 'alibaba' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://www.datacenterdynamics.com/en/news/alibaba-announces-quarterly-loss-cloud-unit-loses-large-international-customer/')),
    -- tiktok / alibaba / intl <- S3
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tiktok' AND p.slug = 'alibaba' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://infotechlead.com/cloud/cloud-in-china-alibaba-huawei-tencent-and-baidu-share-67130')),
    -- tiktok / gcp / intl <- S4
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tiktok' AND p.slug = 'gcp' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://direct.datacenterdynamics.com/en/news/report-google-cloud-sold-800m-cloud-services-tiktok-2019/')),
    -- tiktok / gcp / intl <- S5
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tiktok' AND p.slug = 'gcp' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://infotechlead.com/digital/tiktok-migrates-u-s-user-data-to-oracle-servers-73051')),
    -- tiktok / oracle / us <- S6
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tiktok' AND p.slug = 'oracle' AND r.code = 'us'),
     (SELECT id FROM source WHERE url = 'https://sinoreporter.com/articles/41889')),
    -- tiktok / oracle / us <- S7
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tiktok' AND p.slug = 'oracle' AND r.code = 'us'),
     (SELECT id FROM source WHERE url = 'https://dailythepatriot.com/tiktok-moves-u-s-user-data-to-oracle-servers/')),
    -- tiktok / oracle / us <- S8
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tiktok' AND p.slug = 'oracle' AND r.code = 'us'),
     (SELECT id FROM source WHERE url = 'https://www.theregister.com/2023/05/23/tiktok_offers_oracle_view_of/')),
    -- tiktok / self-hosted / eu <- S9
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tiktok' AND p.slug = 'self-hosted' AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://www.siliconrepublic.com/enterprise/tiktok-europe-project-clover-investment-data-centres-norway-dublin')),
    -- tiktok / self-hosted / eu <- S10
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tiktok' AND p.slug = 'self-hosted' AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://www.theverge.com/2023/11/30/23982846/tiktok-is-committing-12-billion-to-data-security-in-europe')),
    -- tiktok / green-mountain / eu <- S11
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'tiktok' AND p.slug = 'green-mountain' AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://datacenterdynamics.com/en/news/tiktok-now-using-all-three-data-center-buildings-by-green-mountain-in-norway')),
    -- shein / aws / eu <- S12
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'shein' AND p.slug = 'aws' AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://thelowdown.momentum.asia/microsoft-beats-amazon-to-get-the-shein-cloud-deal/amp/')),
    -- shein / gcp / eu <- S12
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'shein' AND p.slug = 'gcp' AND r.code = 'eu'),
     (SELECT id FROM source WHERE url = 'https://thelowdown.momentum.asia/microsoft-beats-amazon-to-get-the-shein-cloud-deal/amp/')),
    -- shein / aws / us <- S12
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'shein' AND p.slug = 'aws' AND r.code = 'us'),
     (SELECT id FROM source WHERE url = 'https://thelowdown.momentum.asia/microsoft-beats-amazon-to-get-the-shein-cloud-deal/amp/')),
    -- shein / azure / us <- S12
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'shein' AND p.slug = 'azure' AND r.code = 'us'),
     (SELECT id FROM source WHERE url = 'https://thelowdown.momentum.asia/microsoft-beats-amazon-to-get-the-shein-cloud-deal/amp/')),
    -- temu / oracle / us <- S13
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'temu' AND p.slug = 'oracle' AND r.code = 'us'),
     (SELECT id FROM source WHERE url = 'https://www.itiger.com/news/2544974216')),
    -- xiaomi / aws / us <- S14
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'xiaomi' AND p.slug = 'aws' AND r.code = 'us'),
     (SELECT id FROM source WHERE url = 'https://chinatechnews.com/2014/10/28/21076-xiaomi-moves-overseas-mobile-phone-data-away-from-chinese-servers')),
    -- xiaomi / aws / us <- S15
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'xiaomi' AND p.slug = 'aws' AND r.code = 'us'),
     (SELECT id FROM source WHERE url = 'https://www.digitaltrends.com/mobile/xiaomi-shifts-data-storage-china/')),
    -- xiaomi / aws / sg <- S14
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'xiaomi' AND p.slug = 'aws' AND r.code = 'sg'),
     (SELECT id FROM source WHERE url = 'https://chinatechnews.com/2014/10/28/21076-xiaomi-moves-overseas-mobile-phone-data-away-from-chinese-servers')),
    -- xiaomi / aws / sg <- S15
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'xiaomi' AND p.slug = 'aws' AND r.code = 'sg'),
     (SELECT id FROM source WHERE url = 'https://www.digitaltrends.com/mobile/xiaomi-shifts-data-storage-china/')),
    -- xiaomi / azure / intl <- S16
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'xiaomi' AND p.slug = 'azure' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'http://www.globaltimes.cn/content/1090420.shtml')),
    -- mihoyo / alibaba / intl <- S17
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'mihoyo' AND p.slug = 'alibaba' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://www.alibabacloud.com/blog/mihoyo-a-first-generation-cloud-native-enterprise-realizes-imagination_597292')),
    -- netease-games / aws / intl <- S18
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'netease-games' AND p.slug = 'aws' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://aws.amazon.com/solutions/case-studies/netease-games-case-study/')),
    -- dji / aws / us <- S19
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'dji' AND p.slug = 'aws' AND r.code = 'us'),
     (SELECT id FROM source WHERE url = 'https://security.dji.com/news?lang=en_US&newsId=case-2')),
    -- anker / aws / intl <- S20
    ((SELECT a.id FROM adoption a JOIN company c ON c.id = a.company_id JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
      WHERE c.slug = 'anker' AND p.slug = 'aws' AND r.code = 'intl'),
     (SELECT id FROM source WHERE url = 'https://basic-tutorials.com/news/anker-admits-security-problems-with-eufy-cameras/'));

-- Cloud migrations (to_provider_id NULL when the destination was not disclosed).
INSERT INTO cloud_migration (company_id, region_id, from_provider_id, to_provider_id, announced_on, announced_precision, completed_on, completed_precision, status, reason, summary, confidence, created_at, updated_at, created_by, updated_by) VALUES
    ((SELECT id FROM company WHERE slug = 'tiktok'), (SELECT id FROM region WHERE code = 'intl'), (SELECT id FROM cloud_provider WHERE slug = 'alibaba'), NULL,
     DATE '2021-05-13', 'DAY', DATE '2021-05-01', 'MONTH', 'COMPLETED', 'GEOPOLITICS_COMPLIANCE',
     'Alibaba reported losing a large international cloud customer in May 2021 without naming it; press (Caixin, Nikkei) identified it as ByteDance/TikTok, and the destination was not disclosed.',
     'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'tiktok'), (SELECT id FROM region WHERE code = 'us'), (SELECT id FROM cloud_provider WHERE slug = 'self-hosted'), (SELECT id FROM cloud_provider WHERE slug = 'oracle'),
     DATE '2022-06-17', 'DAY', NULL, NULL, 'IN_PROGRESS', 'GEOPOLITICS_COMPLIANCE',
     'In June 2022 TikTok said 100% of US user traffic was routed to Oracle Cloud Infrastructure while backups stayed in its own data centres in Virginia and Singapore.',
     'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'shein'), (SELECT id FROM region WHERE code = 'eu'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM cloud_provider WHERE slug = 'gcp'),
     DATE '2022-01-01', 'YEAR', DATE '2022-01-01', 'YEAR', 'COMPLETED', 'OTHER',
     'Shein moved its European site from AWS to Google Cloud in 2022.',
     'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ((SELECT id FROM company WHERE slug = 'shein'), (SELECT id FROM region WHERE code = 'us'), (SELECT id FROM cloud_provider WHERE slug = 'aws'), (SELECT id FROM cloud_provider WHERE slug = 'azure'),
     DATE '2022-01-01', 'YEAR', DATE '2023-01-01', 'YEAR', 'COMPLETED', 'COST',
     'Shein moved its global and US sites from AWS to Microsoft Azure, announced in 2022 and completed in 2023.',
     'REPORTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

-- Migration sources: the migration by (company slug, region code, from-provider slug), unique in the facts; the source by url.
INSERT INTO migration_source (migration_id, source_id) VALUES
    -- tiktok / intl / from alibaba <- S1
    ((SELECT m.id FROM cloud_migration m JOIN company c ON c.id = m.company_id JOIN region r ON r.id = m.region_id JOIN cloud_provider p ON p.id = m.from_provider_id
      WHERE c.slug = 'tiktok' AND r.code = 'intl' AND p.slug = 'alibaba'),
     (SELECT id FROM source WHERE url = 'https://www.zdnet.com/article/alibabas-cloud-growth-hits-slowdown-after-loss-of-top-customer/')),
    -- tiktok / intl / from alibaba <- S2
    ((SELECT m.id FROM cloud_migration m JOIN company c ON c.id = m.company_id JOIN region r ON r.id = m.region_id JOIN cloud_provider p ON p.id = m.from_provider_id
      WHERE c.slug = 'tiktok' AND r.code = 'intl' AND p.slug = 'alibaba'),
     (SELECT id FROM source WHERE url = 'https://www.datacenterdynamics.com/en/news/alibaba-announces-quarterly-loss-cloud-unit-loses-large-international-customer/')),
    -- tiktok / intl / from alibaba <- S3
    ((SELECT m.id FROM cloud_migration m JOIN company c ON c.id = m.company_id JOIN region r ON r.id = m.region_id JOIN cloud_provider p ON p.id = m.from_provider_id
      WHERE c.slug = 'tiktok' AND r.code = 'intl' AND p.slug = 'alibaba'),
     (SELECT id FROM source WHERE url = 'https://infotechlead.com/cloud/cloud-in-china-alibaba-huawei-tencent-and-baidu-share-67130')),
    -- tiktok / us / from self-hosted <- S6
    ((SELECT m.id FROM cloud_migration m JOIN company c ON c.id = m.company_id JOIN region r ON r.id = m.region_id JOIN cloud_provider p ON p.id = m.from_provider_id
      WHERE c.slug = 'tiktok' AND r.code = 'us' AND p.slug = 'self-hosted'),
     (SELECT id FROM source WHERE url = 'https://sinoreporter.com/articles/41889')),
    -- tiktok / us / from self-hosted <- S7
    ((SELECT m.id FROM cloud_migration m JOIN company c ON c.id = m.company_id JOIN region r ON r.id = m.region_id JOIN cloud_provider p ON p.id = m.from_provider_id
      WHERE c.slug = 'tiktok' AND r.code = 'us' AND p.slug = 'self-hosted'),
     (SELECT id FROM source WHERE url = 'https://dailythepatriot.com/tiktok-moves-u-s-user-data-to-oracle-servers/')),
    -- tiktok / us / from self-hosted <- S21
    ((SELECT m.id FROM cloud_migration m JOIN company c ON c.id = m.company_id JOIN region r ON r.id = m.region_id JOIN cloud_provider p ON p.id = m.from_provider_id
      WHERE c.slug = 'tiktok' AND r.code = 'us' AND p.slug = 'self-hosted'),
     (SELECT id FROM source WHERE url = 'https://washingtonweeklytimes.com/technology/chinas-globalizing-startups-could-be-a-boon-to-us-cloud-giants-techcrunch')),
    -- shein / eu / from aws <- S12
    ((SELECT m.id FROM cloud_migration m JOIN company c ON c.id = m.company_id JOIN region r ON r.id = m.region_id JOIN cloud_provider p ON p.id = m.from_provider_id
      WHERE c.slug = 'shein' AND r.code = 'eu' AND p.slug = 'aws'),
     (SELECT id FROM source WHERE url = 'https://thelowdown.momentum.asia/microsoft-beats-amazon-to-get-the-shein-cloud-deal/amp/')),
    -- shein / us / from aws <- S12
    ((SELECT m.id FROM cloud_migration m JOIN company c ON c.id = m.company_id JOIN region r ON r.id = m.region_id JOIN cloud_provider p ON p.id = m.from_provider_id
      WHERE c.slug = 'shein' AND r.code = 'us' AND p.slug = 'aws'),
     (SELECT id FROM source WHERE url = 'https://thelowdown.momentum.asia/microsoft-beats-amazon-to-get-the-shein-cloud-deal/amp/'));

-- Market context: one row per (period, scope, provider), with the tracker's measure and the source by url.
-- (S22 also reports the market growing +21% year on year, against +36% a year earlier; the table has no column for it.)
INSERT INTO market_share (period, scope, provider_id, share_percent, measure, source_id, created_at, updated_at, created_by, updated_by) VALUES
    ('2022-Q4', 'WORLDWIDE', (SELECT id FROM cloud_provider WHERE slug = 'aws'), 33, '% of cloud infrastructure services (Synergy Research Group)', (SELECT id FROM source WHERE url = 'https://www.crn.com/news/cloud/cloud-market-share-q4-2022-microsoft-gains-on-aws-as-google-grows'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2022-Q4', 'WORLDWIDE', (SELECT id FROM cloud_provider WHERE slug = 'azure'), 23, '% of cloud infrastructure services (Synergy Research Group)', (SELECT id FROM source WHERE url = 'https://www.crn.com/news/cloud/cloud-market-share-q4-2022-microsoft-gains-on-aws-as-google-grows'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2022-Q4', 'WORLDWIDE', (SELECT id FROM cloud_provider WHERE slug = 'gcp'), 11, '% of cloud infrastructure services (Synergy Research Group)', (SELECT id FROM source WHERE url = 'https://www.crn.com/news/cloud/cloud-market-share-q4-2022-microsoft-gains-on-aws-as-google-grows'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2022-Q4', 'WORLDWIDE', (SELECT id FROM cloud_provider WHERE slug = 'alibaba'), 5, '% of cloud infrastructure services (Synergy Research Group)', (SELECT id FROM source WHERE url = 'https://www.crn.com/news/cloud/cloud-market-share-q4-2022-microsoft-gains-on-aws-as-google-grows'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2022-Q4', 'WORLDWIDE', (SELECT id FROM cloud_provider WHERE slug = 'tencent'), 2, '% of cloud infrastructure services (Synergy Research Group)', (SELECT id FROM source WHERE url = 'https://www.crn.com/news/cloud/cloud-market-share-q4-2022-microsoft-gains-on-aws-as-google-grows'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2022-Q4', 'WORLDWIDE', (SELECT id FROM cloud_provider WHERE slug = 'oracle'), 2, '% of cloud infrastructure services (Synergy Research Group)', (SELECT id FROM source WHERE url = 'https://www.crn.com/news/cloud/cloud-market-share-q4-2022-microsoft-gains-on-aws-as-google-grows'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2022', 'WORLDWIDE', (SELECT id FROM cloud_provider WHERE slug = 'aws'), 40.0, '% of IaaS (Gartner)', (SELECT id FROM source WHERE url = 'https://www.cxonet.be/2023/07/18/iaas-growth-in-2022-was-stronger-than-expected/'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2022', 'WORLDWIDE', (SELECT id FROM cloud_provider WHERE slug = 'azure'), 21.5, '% of IaaS (Gartner)', (SELECT id FROM source WHERE url = 'https://www.cxonet.be/2023/07/18/iaas-growth-in-2022-was-stronger-than-expected/'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2022', 'WORLDWIDE', (SELECT id FROM cloud_provider WHERE slug = 'alibaba'), 7.7, '% of IaaS (Gartner)', (SELECT id FROM source WHERE url = 'https://www.cxonet.be/2023/07/18/iaas-growth-in-2022-was-stronger-than-expected/'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2022', 'WORLDWIDE', (SELECT id FROM cloud_provider WHERE slug = 'gcp'), 7.5, '% of IaaS (Gartner)', (SELECT id FROM source WHERE url = 'https://www.cxonet.be/2023/07/18/iaas-growth-in-2022-was-stronger-than-expected/'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2022', 'WORLDWIDE', (SELECT id FROM cloud_provider WHERE slug = 'huawei'), 4.4, '% of IaaS (Gartner)', (SELECT id FROM source WHERE url = 'https://www.cxonet.be/2023/07/18/iaas-growth-in-2022-was-stronger-than-expected/'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2021-Q1', 'CHINA', (SELECT id FROM cloud_provider WHERE slug = 'alibaba'), 40, '% of China cloud infrastructure (Canalys)', (SELECT id FROM source WHERE url = 'https://infotechlead.com/cloud/cloud-in-china-alibaba-huawei-tencent-and-baidu-share-67130'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2021-Q1', 'CHINA', (SELECT id FROM cloud_provider WHERE slug = 'huawei'), 20, '% of China cloud infrastructure (Canalys)', (SELECT id FROM source WHERE url = 'https://infotechlead.com/cloud/cloud-in-china-alibaba-huawei-tencent-and-baidu-share-67130'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed'),
    ('2021-Q1', 'CHINA', (SELECT id FROM cloud_provider WHERE slug = 'tencent'), 14, '% of China cloud infrastructure (Canalys)', (SELECT id FROM source WHERE url = 'https://infotechlead.com/cloud/cloud-in-china-alibaba-huawei-tencent-and-baidu-share-67130'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'seed');

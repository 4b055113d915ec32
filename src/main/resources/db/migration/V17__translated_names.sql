-- Providers and regions carry their names in French and Simplified Chinese beside the name (English),
-- editable in the admin forms; a missing translation falls back to the name (shared/LocalNames).
ALTER TABLE cloud_provider ADD COLUMN name_fr VARCHAR(200);
ALTER TABLE cloud_provider ADD COLUMN name_zh VARCHAR(200);
ALTER TABLE cloud_provider_aud ADD COLUMN name_fr VARCHAR(200);
ALTER TABLE cloud_provider_aud ADD COLUMN name_zh VARCHAR(200);
ALTER TABLE region ADD COLUMN name_fr VARCHAR(200);
ALTER TABLE region ADD COLUMN name_zh VARCHAR(200);
ALTER TABLE region_aud ADD COLUMN name_fr VARCHAR(200);
ALTER TABLE region_aud ADD COLUMN name_zh VARCHAR(200);

-- The shipped providers and regions, as each provider presents itself in China and in France.
UPDATE cloud_provider SET name_fr = 'Akamai', name_zh = 'Akamai' WHERE slug = 'akamai';
UPDATE cloud_provider SET name_fr = 'Alibaba Cloud', name_zh = '阿里云' WHERE slug = 'alibaba';
UPDATE cloud_provider SET name_fr = 'Amazon Web Services', name_zh = '亚马逊云科技' WHERE slug = 'aws';
UPDATE cloud_provider SET name_fr = 'Equinix', name_zh = 'Equinix' WHERE slug = 'equinix';
UPDATE cloud_provider SET name_fr = 'Google Cloud', name_zh = '谷歌云' WHERE slug = 'gcp';
UPDATE cloud_provider SET name_fr = 'Green Mountain (opérateur de centres de données)',
    name_zh = 'Green Mountain（数据中心运营商）' WHERE slug = 'green-mountain';
UPDATE cloud_provider SET name_fr = 'HGC Global Communications (Hutchison)',
    name_zh = '和记环球电讯（HGC）' WHERE slug = 'hgc';
UPDATE cloud_provider SET name_fr = 'Huawei Cloud', name_zh = '华为云' WHERE slug = 'huawei';
UPDATE cloud_provider SET name_fr = 'Microsoft Azure', name_zh = '微软 Azure' WHERE slug = 'azure';
UPDATE cloud_provider SET name_fr = 'Oracle Cloud Infrastructure', name_zh = '甲骨文云（OCI）' WHERE slug = 'oracle';
UPDATE cloud_provider SET name_fr = 'Centres de données propres', name_zh = '自建数据中心' WHERE slug = 'self-hosted';
UPDATE cloud_provider SET name_fr = 'Tencent Cloud', name_zh = '腾讯云' WHERE slug = 'tencent';

UPDATE region SET name_fr = 'Brésil', name_zh = '巴西' WHERE code = 'br';
UPDATE region SET name_fr = 'Europe (UE/EEE)', name_zh = '欧洲（欧盟/欧洲经济区）' WHERE code = 'eu';
UPDATE region SET name_fr = 'Hong Kong', name_zh = '香港' WHERE code = 'hk';
UPDATE region SET name_fr = 'Inde', name_zh = '印度' WHERE code = 'in';
UPDATE region SET name_fr = 'International (hors de Chine, non précisé)', name_zh = '海外（中国以外，未具体说明）' WHERE code = 'intl';
UPDATE region SET name_fr = 'Japon', name_zh = '日本' WHERE code = 'jp';
UPDATE region SET name_fr = 'Chine continentale', name_zh = '中国大陆' WHERE code = 'cn';
UPDATE region SET name_fr = 'Moyen-Orient', name_zh = '中东' WHERE code = 'me';
UPDATE region SET name_fr = 'Russie', name_zh = '俄罗斯' WHERE code = 'ru';
UPDATE region SET name_fr = 'Singapour', name_zh = '新加坡' WHERE code = 'sg';
UPDATE region SET name_fr = 'États-Unis', name_zh = '美国' WHERE code = 'us';

-- Youth-care regions (jeugdregio's) as reference data, keyed on the CBS code.
-- Source: CBS region layer "jeugdregio" 2025 (shared/data/jeugdregios_2025.csv).
-- The display name is editable by national coordinators; regions have a validity period
-- because names change and regions merge.
create table region (
    code         varchar(8)   primary key check (code ~ '^JZ[0-9]{2}$'),
    name         varchar(100) not null check (length(trim(name)) > 0),
    former_name  varchar(100),
    valid_from   date         not null default date '2025-01-01',
    valid_until  date,
    version      bigint       not null default 0,
    check (valid_until is null or valid_until > valid_from)
);

insert into region (code, name, former_name) values
    ('JZ01', 'Groningen', null),
    ('JZ02', 'Friesland (Fryslân)', null),
    ('JZ03', 'Kop van Noord-Holland', null),
    ('JZ04', 'Drenthe', null),
    ('JZ05', 'West Friesland', null),
    ('JZ06', 'Alkmaar (Noord-Kennemerland)', null),
    ('JZ07', 'IJsselland', null),
    ('JZ08', 'Flevoland', null),
    ('JZ09', 'Zaanstreek-Waterland', null),
    ('JZ10', 'IJmond (Midden Kennemerland)', null),
    ('JZ11', 'Zuid Kennemerland', null),
    ('JZ12', 'Noord-Veluwe', null),
    ('JZ13', 'Amsterdam-Amstelland', null),
    ('JZ14', 'Twente', null),
    ('JZ15', 'Haarlemmermeer', null),
    ('JZ16', 'Gooi en Vechtstreek', null),
    ('JZ17', 'Midden IJssel / Oost Veluwe', null),
    ('JZ18', 'Holland Rijnland', null),
    ('JZ19', 'Utrecht West', null),
    ('JZ20', 'Eemland', null),
    ('JZ21', 'Food Valley', null),
    ('JZ22', 'Utrecht Stad', null),
    ('JZ23', 'Zuidoost Utrecht', null),
    ('JZ24', 'Haaglanden', null),
    ('JZ25', 'Achterhoek', null),
    ('JZ26', 'Lekstroom', null),
    ('JZ27', 'Midden Holland', null),
    ('JZ28', 'Centraal Gelderland', 'Arnhem'),
    ('JZ29', 'Rijnmond', null),
    ('JZ30', 'Rivierenland', null),
    ('JZ31', 'Zuid-Holland Zuid', null),
    ('JZ32', 'Rijk van Nijmegen', 'Nijmegen'),
    ('JZ33', 'Noordoost Brabant', null),
    ('JZ34', 'West Brabant Oost', null),
    ('JZ35', 'Midden-Brabant (Hart van Brabant)', 'Midden-Brabant'),
    ('JZ36', 'West Brabant West', null),
    ('JZ37', 'Noord-Limburg', null),
    ('JZ38', 'Zeeland', null),
    ('JZ39', 'Zuidoost-Brabant', null),
    ('JZ41', 'Zuid-Limburg', null),
    ('JZ42', 'Midden-Limburg Oost', null),
    ('JZ43', 'Midden-Limburg West', null);

alter table region alter column valid_from drop default;

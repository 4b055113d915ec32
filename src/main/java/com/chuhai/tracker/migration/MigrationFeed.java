package com.chuhai.tracker.migration;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.CompanyService;
import com.chuhai.tracker.provider.ProviderNames;
import com.chuhai.tracker.region.RegionNames;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.source.SourceResponse;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Atom feeds (RFC 4287) of the latest migrations, all of them and a company's, at stable addresses
 * that the pages link with {@code <link rel="alternate">}: readers and newsrooms follow moves as they
 * are recorded. Each entry says who moved from whom to whom, where and when, and carries its sources
 * as {@code related} links. Written with Rome.
 */
@Controller
public class MigrationFeed {

    static final String ALL = "/migrations.atom";
    static final String OF_COMPANY = "/companies/{slug}/migrations.atom";
    static final String ATOM = "application/atom+xml";
    static final int ENTRIES = 50;

    private final MigrationService migrations;
    private final CompanyService companies;
    private final MessageSource messages;

    /** The address of a company's feed, for the {@code <link rel="alternate">} of its page. */
    public static String ofCompany(String slug) {
        return UriComponentsBuilder.fromPath(OF_COMPANY)
                .buildAndExpand(slug)
                .encode()
                .toUriString();
    }

    private final ProviderNames providerNames;
    private final RegionNames regionNames;

    MigrationFeed(
            MigrationService migrations,
            CompanyService companies,
            MessageSource messages,
            ProviderNames providerNames,
            RegionNames regionNames) {
        this.providerNames = providerNames;
        this.regionNames = regionNames;
        this.migrations = migrations;
        this.companies = companies;
        this.messages = messages;
    }

    @GetMapping(path = ALL, produces = ATOM)
    void all(Locale locale, HttpServletResponse response) throws IOException, FeedException {
        write(feed(null, messages.getMessage("feed.all", null, locale), locale), response);
    }

    @GetMapping(path = OF_COMPANY, produces = ATOM)
    void company(@PathVariable String slug, Locale locale, HttpServletResponse response)
            throws IOException, FeedException {
        Company company = companies.findBySlug(slug).orElseThrow(() -> DomainException.notFound("company", slug));
        String title = messages.getMessage("feed.company", new Object[] {company.getName()}, locale);
        write(feed(company.getSlug(), title, locale), response);
    }

    private Feed feed(String company, String title, Locale locale) {
        List<MigrationView> latest = migrations
                .views(
                        MigrationFilter.ofCompany(company),
                        PageRequest.of(0, ENTRIES, Sort.by(Sort.Direction.DESC, "announcedOn", "id")))
                .getContent();
        String self = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .replaceQuery(null)
                .toUriString();
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitle(title);
        feed.setLanguage(locale.toLanguageTag());
        feed.setAlternateLinks(List.of(link("alternate", "text/html", page(company))));
        feed.setOtherLinks(List.of(link("self", ATOM, self)));
        feed.setAuthors(List.of(author(locale)));
        feed.setUpdated(Date.from(latest.stream()
                .map(MigrationView::updatedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH)));
        feed.setEntries(latest.stream().map(m -> entry(m, locale)).toList());
        return feed;
    }

    private Entry entry(MigrationView m, Locale locale) {
        Entry entry = new Entry();
        entry.setId(page(m.companySlug()) + "#migration-" + m.id());
        String from = m.from() == null
                ? messages.getMessage("dashboard.flows.undisclosed", null, locale)
                : providerNames.of(m.from().slug(), m.from().name(), locale);
        String to = m.to() == null
                ? messages.getMessage("dashboard.flows.undisclosed", null, locale)
                : providerNames.of(m.to().slug(), m.to().name(), locale);
        String fromRegion = regionNames.of(m.fromRegion().code(), m.fromRegion().name(), locale);
        String where = m.relocation()
                ? messages.getMessage(
                        "migrations.relocation",
                        new Object[] {
                            fromRegion,
                            regionNames.of(m.toRegion().code(), m.toRegion().name(), locale)
                        },
                        locale)
                : fromRegion;
        entry.setTitle(m.companyName() + ": " + from + " → " + to + " (" + where + ")");
        entry.setUpdated(Date.from(m.updatedAt()));
        List<Link> links = new ArrayList<>();
        links.add(link("alternate", "text/html", page(m.companySlug())));
        for (SourceResponse source : m.sources()) {
            Link related = link("related", null, source.url());
            related.setTitle(source.title());
            links.add(related);
        }
        entry.setAlternateLinks(List.of(links.get(0)));
        entry.setOtherLinks(links.subList(1, links.size()));
        Content summary = new Content();
        summary.setType("text");
        StringBuilder text = new StringBuilder(messages.getMessage(
                "feed.entry",
                new Object[] {
                    messages.getMessage("status." + m.status(), null, locale),
                    m.announcedOn() == null ? "?" : m.announcedOn().toString()
                },
                locale));
        if (m.summary() != null) {
            text.append(' ').append(m.summary());
        }
        for (SourceResponse source : m.sources()) {
            text.append("\n").append(source.title() == null ? source.url() : source.title() + " — " + source.url());
        }
        summary.setValue(text.toString());
        entry.setSummary(summary);
        return entry;
    }

    private static String page(String company) {
        UriComponentsBuilder page =
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/migrations");
        if (company != null) {
            page.queryParam("company", company);
        }
        return page.toUriString();
    }

    private Person author(Locale locale) {
        Person author = new Person();
        author.setName(messages.getMessage("app.name", null, locale));
        return author;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static void write(Feed feed, HttpServletResponse response) throws IOException, FeedException {
        response.setContentType(ATOM + ";charset=UTF-8");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        new WireFeedOutput().output(feed, writer);
        writer.flush();
    }
}

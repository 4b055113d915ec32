package com.chuhai.tracker.company;

/** A company as a page links it: its slug and its name. */
public record CompanyLink(String slug, String name) {}

package com.chuhai.tracker.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of admin forms: its text fields are trimmed and an empty one arrives as null, so
 * that optional fields are simply left out (web/AdminFormBinding does this for all of them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AdminForms {}

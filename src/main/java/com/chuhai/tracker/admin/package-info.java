/** The signed-in side: the admin home page, from which editors reach the forms of every feature. */
package com.chuhai.tracker.admin;

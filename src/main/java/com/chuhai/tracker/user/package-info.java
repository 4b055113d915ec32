/** The people who may sign in, their roles and the first admin. */
package com.chuhai.tracker.user;

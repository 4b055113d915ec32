package com.chuhai.tracker.company;

public enum Sector {
    E_COMMERCE,
    SOCIAL_CONTENT,
    GAMING,
    FINTECH,
    HARDWARE_EV,
    ENTERPRISE_SOFTWARE,
    TRAVEL_MOBILITY,
    EDUCATION,
    OTHER
}

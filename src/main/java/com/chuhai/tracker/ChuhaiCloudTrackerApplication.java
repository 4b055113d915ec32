package com.chuhai.tracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ChuhaiCloudTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChuhaiCloudTrackerApplication.class, args);
    }
}

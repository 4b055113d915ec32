package com.chuhai.tracker.synthetic;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the synthetic-data status, for the banner that says the numbers are not all real. */
@ControllerAdvice(annotations = Controller.class)
class SyntheticDataAdvice {

    private final SyntheticData synthetic;

    SyntheticDataAdvice(SyntheticData synthetic) {
        this.synthetic = synthetic;
    }

    @ModelAttribute("syntheticData")
    SyntheticData.Status syntheticData() {
        return synthetic.status();
    }
}

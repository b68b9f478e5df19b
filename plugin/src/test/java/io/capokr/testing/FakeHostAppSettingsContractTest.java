package io.capokr.testing;

import io.capokr.host.AppSettings;
import io.capokr.host.contract.AppSettingsContract;

public class FakeHostAppSettingsContractTest extends AppSettingsContract {

    @Override
    protected AppSettings settings() {
        return new FakeHost();
    }
}

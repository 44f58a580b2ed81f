module demo.consumer {
    requires dev.khabar;
}

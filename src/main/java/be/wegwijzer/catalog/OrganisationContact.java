package be.wegwijzer.catalog;

import java.util.List;

/** How to reach an organisation and where it works: organisation channels only, never a person. */
public record OrganisationContact(String kind, String web, String email, String phone, List<String> workArea) {}

package app.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public record Tag(@Id Long id, String label) {
}

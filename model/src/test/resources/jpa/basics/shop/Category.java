package shop;

public enum Category {
    BOOKS, MUSIC, GARDEN, TOYS;

    public String label() {
        return name().toLowerCase();
    }
}

package dev.luccaokta.sandbox.generator;

import java.util.List;

/**
 * The names employees are drawn from: mostly French, Belgian and Swiss names, with the spellings that trip up
 * integrations on purpose: accents (Éloïse, Núñez), hyphens (Jean-Baptiste, Gauthier-Lemaire), apostrophes
 * (O'Connor, N'Diaye), spaces (Da Silva, Van den Berg) and letters without an ASCII decomposition (Ødegaard).
 */
final class NamePools {
    static final List<String> FEMALE_FIRST_NAMES = List.of(
            "Éloïse", "Anaïs", "Chloé", "Zoé", "Léa", "Inès", "Maëlle", "Hélène", "Élodie", "Céline", "Agnès",
            "Noémie", "Anne-Sophie", "Marie-Claire", "Marie-Hélène", "Clémence", "Amélie", "Béatrice", "Françoise",
            "Geneviève", "Gaëlle", "Manon", "Camille", "Sarah", "Julie", "Emma", "Louise", "Jade", "Alice", "Lina",
            "Rose", "Anna", "Mila", "Ambre", "Juliette", "Margaux", "Pauline", "Laura", "Mathilde", "Lucie", "Sofía",
            "María José", "Aoife", "Siobhán", "Fatou", "Aïcha", "Yasmine", "Nour", "Liesbeth", "Anneleen", "Véronique",
            "Sévérine", "Ingrid", "Annick", "Solène", "Bérénice", "Léonie", "Chiara", "Małgorzata", "Astrid");

    static final List<String> MALE_FIRST_NAMES = List.of(
            "Jean-Baptiste", "Loïc", "Noël", "Jérôme", "François", "Gaël", "Raphaël", "Théo", "Mathéo", "Jean-Luc",
            "Pierre-Yves", "Jean-François", "Benoît", "Joël", "Hervé", "Cédric", "Sébastien", "Frédéric", "Stéphane",
            "Clément", "Léo", "Hugo", "Lucas", "Louis", "Gabriel", "Arthur", "Jules", "Adam", "Nathan", "Tom", "Paul",
            "Victor", "Thomas", "Nicolas", "Julien", "Antoine", "Maxime", "Alexandre", "Mohamed", "Karim", "Yanis",
            "Seán", "Ciarán", "José", "Íñigo", "Jürgen", "Lukas", "Matteo", "Niccolò", "Wouter", "Pieter", "Jan",
            "Björn", "Ömer", "Grégoire", "Timothée", "Aurélien", "Rémi", "Anaël", "Lars");

    static final List<String> LAST_NAMES = List.of(
            "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
            "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
            "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
            "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin",
            "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger",
            "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez", "Marchand", "Dufour", "Blanchard",
            "Brunet", "Barbier", "Da Silva", "Dos Santos", "O'Connor", "O'Brien", "D'Angelo", "D'Almeida",
            "L'Hermite", "N'Diaye", "Núñez-Vidal", "García-Márquez", "Gauthier-Lemaire", "Dubois-Lefèvre", "Bénard",
            "Dupré", "Lévêque", "Hénault", "Séguin", "Évrard", "Crépeau", "Ferrière", "Müller", "Schäfer", "Jäger",
            "Van den Berg", "Van Damme", "De Smet", "Peeters", "Janssens", "Maes", "Wouters", "Willems", "Goossens",
            "Claes", "Vermeulen", "Ødegaard", "Łukasiewicz", "Çelik", "Şahin", "Nguyễn", "Zürcher", "Favre",
            "Rochat", "Bühler", "Keller", "Schneider", "Gerber", "Brändli", "Huguenin", "Perret", "Berset",
            "Mbappé", "Traoré", "Benali", "El Amrani", "Rossi", "Russo", "Ferrari", "Esposito", "Kowalski");

    private NamePools() {
    }
}

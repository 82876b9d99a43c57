// French names, weighted towards the generations concerned: pupils born around 2009–2015,
// staff born 1965–1998. Last names mix the national most-common list with Gironde/Basque
// names (the fictional establishments are in Bordeaux, académie 33), with accents, particles
// and apostrophes so that search must really be accent- and case-insensitive.

export const PUPIL_FIRST_NAMES = [
  'Léa', 'Emma', 'Chloé', 'Manon', 'Inès', 'Jade', 'Louise', 'Lina', 'Camille', 'Zoé', 'Alice', 'Lola',
  'Sarah', 'Juliette', 'Anna', 'Lucie', 'Clara', 'Mila', 'Ambre', 'Rose', 'Romane', 'Eva', 'Léna', 'Maëlys',
  'Louna', 'Agathe', 'Margaux', 'Noémie', 'Élise', 'Yasmine', 'Nour', 'Maëlle', 'Capucine', 'Salomé', 'Héloïse',
  'Lucas', 'Hugo', 'Nathan', 'Enzo', 'Louis', 'Gabriel', 'Jules', 'Arthur', 'Adam', 'Raphaël', 'Mohamed',
  'Yanis', 'Rayan', 'Noah', 'Tom', 'Théo', 'Mathis', 'Léo', 'Ethan', 'Paul', 'Timéo', 'Sacha', 'Nolan',
  'Maël', 'Clément', 'Baptiste', 'Maxime', 'Axel', 'Evan', 'Noé', 'Aaron', 'Ibrahim', 'Matteo', 'Gaspard',
  'Antoine', 'Victor', 'Malo', 'Kylian', 'Ilyes', 'Mathéo', 'Esteban', 'Loïc', 'Élouan', 'Côme',
] as const;

export const ADULT_FIRST_NAMES = [
  'Nathalie', 'Isabelle', 'Sandrine', 'Stéphanie', 'Céline', 'Valérie', 'Sophie', 'Aurélie', 'Émilie', 'Virginie',
  'Christelle', 'Hélène', 'Caroline', 'Anne', 'Marie', 'Laure', 'Delphine', 'Agnès', 'Véronique', 'Élodie',
  'Karine', 'Audrey', 'Séverine', 'Mélanie', 'Fatima', 'Amandine', 'Pauline', 'Cécile', 'Béatrice', 'Myriam',
  'Julien', 'Nicolas', 'Sébastien', 'Christophe', 'Stéphane', 'Frédéric', 'David', 'Olivier', 'Laurent', 'Thierry',
  'Jérôme', 'Vincent', 'Pierre', 'François', 'Guillaume', 'Mathieu', 'Arnaud', 'Cédric', 'Fabrice', 'Benoît',
  'Romain', 'Xavier', 'Grégory', 'Emmanuel', 'Karim', 'Patrick', 'Bruno', 'Hervé', 'Alexandre', 'Jean-Marc',
] as const;

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefèvre', 'Faure', 'André',
  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson',
  'Marchand', 'Duval', 'Denis', 'Dumont', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun',
  'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez',
  'Gérard', 'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard',
  'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier', 'Philippe', 'Bourgeois', 'Benoît',
  'Rey', 'Leclerc', 'Payet', 'Rolland', 'Guillaume', 'Lecomte', 'Lopez', 'Dupuy', 'Hubert', 'Berger',
  'Sanchez', 'Moulin', 'Deschamps', 'Huet', 'Perez', 'Fleury', 'Klein', 'Jacquet', 'Poirier', 'Marty',
  'Ménard', 'Maillard', 'Hervé', 'Schneider', 'Fernandez', 'Le Gall', 'Léger', 'Bouvier', 'Prévost', 'Le Roux',
  'Lévêque', 'Bénard', 'Étienne', 'Rémy', 'Da Silva', 'Maréchal', 'Barthélemy', 'N’Diaye', 'Ben Ali', 'Nguyen',
  'Etcheverry', 'Laborde', 'Dufau', 'Lafargue', 'Castaing', 'Darrigrand', 'Lacoste', 'Ducasse', 'Labat', 'Dupouy',
  'Larrieu', 'Bordes', 'Lassalle', 'Haran', 'Iriarte', 'Sallaberry', 'Bergès', 'Cazenave', 'Mendiboure', 'Pédelucq',
] as const;

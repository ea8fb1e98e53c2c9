enum LettersPlaceholder {}

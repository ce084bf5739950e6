(* Using a name that is declared nowhere; the hint suggests the closest visible name. *)
MODULE UndeclaredIdentifier EXPORTS Main;

VAR counter := 0;

BEGIN
  countr := counter + 1;
END UndeclaredIdentifier.

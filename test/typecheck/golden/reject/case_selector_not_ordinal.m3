(* CASE selects on an ordinal value; texts need IF. *)
MODULE CaseSelectorNotOrdinal EXPORTS Main;

VAR t := "a";

BEGIN
  CASE t OF
  ELSE
  END;
END CaseSelectorNotOrdinal.

(* Enumeration values are selected from their type; the name must be one of its values. *)
MODULE EnumValueUnknown EXPORTS Main;

TYPE Color = {Red, Green, Blue};

VAR c := Color.Gren;

BEGIN
  EVAL c;
END EnumValueUnknown.

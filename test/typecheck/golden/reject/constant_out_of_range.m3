(* A constant assigned to a subrange must lie in it. *)
MODULE ConstantOutOfRange EXPORTS Main;

VAR digit: [0 .. 9];

BEGIN
  digit := 10;
END ConstantOutOfRange.

MODULE Mixed;
CONST Bad = 8_9;
TYPE T = RECORD a: INTEGER; b END;
VAR s := "open;
BEGIN
  FOR i := 1 TO DO END;
  x := y +;
  WHILE TRUE DO EXIT END
END Mixed.

MODULE Literals;

CONST
  Dec = 12345;
  Hex = 16_7FFFFFFF;
  Bin = 2_1010;
  Oct = 8_777;
  Big = 16_FFFFFFFFFFFFFFFF;
  LowerHex = 16_ff;
  Real1 = 1.5;
  Real2 = 1.5E3;
  Real3 = 2.0e-3;
  Long = 1.0D0;
  Long2 = 3.25d+2;
  Ext = 1.0X0;
  Letter = 'a';
  Quote = '\'';
  Back = '\\';
  Tab = '\t';
  Octal = '\101';
  Text1 = "with \"quotes\" and \\ and \n newline";
  Text2 = "tab\tform\freturn\r octal \012 single \' ok";
  Empty = "";

BEGIN
END Literals.

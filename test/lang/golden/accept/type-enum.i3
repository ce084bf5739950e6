INTERFACE Colors;

TYPE
  Color = {Red, Green, Blue};
  Weekday = {Monday, Tuesday, Wednesday, Thursday, Friday};
  Nothing = {};

CONST Favourite = Color.Green;

END Colors.
